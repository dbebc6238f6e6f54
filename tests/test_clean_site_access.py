"""A site's words about access and about itself that the demo still shipped as
story text (found by h-summ4, whose summary-only candidates list every
sentence no fact holds): the French "Cet article vous est offert. Abonnez-vous
pour lire tous nos contenus." (a subscriber's article lent to the reader, and
the pitch) and the Hindi "… पाठकों ने हम पर भरोसा जताया … यहां क्लिक करें!"
(readers trusted us … click here).  A report's own sentences about
subscriptions stay."""
from __future__ import annotations

import pytest

from storyline.clean.residue import remove_residue

STORY = ("L'Inde est entrée mercredi dans le club très fermé des nations ayant posé un engin sur la Lune, "
         "avec l'alunissage réussi de la sonde Chandrayaan-3 près du pôle Sud.")


@pytest.mark.parametrize("line,rule", [
    ("Cet article vous est offert. Abonnez-vous pour lire tous nos contenus.", "access-notice"),
    ("Suscríbete para seguir leyendo todos nuestros contenidos.", "access-notice"),
    ("नतीजों के दिन 5.2 करोड़ से ज्यादा पाठकों ने हम पर भरोसा जताया, देश का नंबर 1 हिंदी चुनावी प्लेटफॉर्म. "
     "ताजा अपडेट के लिए यहां क्लिक करें!", "site-promo"),
])
def test_a_sites_access_line_or_self_promotion_is_cut(line, rule):
    out, removals = remove_residue(f"{STORY}\n\n{line}")
    assert out.strip() == STORY, out
    assert [r.rule for r in removals] == [rule], removals


@pytest.mark.parametrize("sentence", [
    "The country's second-largest newspaper group said on Monday that it would require readers to subscribe "
    "to read articles on all of its 40 regional titles.",
    "Le quotidien revendique désormais 500 000 abonnés, dont la moitié lisent ses articles sur téléphone.",
])
def test_a_reports_sentence_about_subscriptions_stays(sentence):
    out, removals = remove_residue(f"{STORY}\n\n{sentence}")
    assert out.split("\n")[-1] == sentence and not removals, (out, removals)
