"""Do two articles report the same story?  A learned pair-similarity model.

``view_of`` gathers one article's evidence once (window embeddings, name,
number and word keys); ``SimilarityModel.load().score(a, b)`` combines the
pair's evidence into a calibrated score in [0, 1].  Retrain and benchmark with
``storyline bench similarity PAIRS.csv [--fit]`` (see storyline.bench.similarity).
"""
from storyline.similarity.features import (FEATURE_NAMES, ArticleView, pair_features,
                                           view_of, views_of)
from storyline.similarity.model import SimilarityModel

__all__ = ["ArticleView", "FEATURE_NAMES", "SimilarityModel", "pair_features", "view_of",
           "views_of"]
