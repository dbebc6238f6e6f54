"""Multilingual phrase lists for the residue rules (data only, no logic).

Kept apart from the rule engine in ``residue.py`` so that adding a language is
a data change.  Phrases are written in lower case; matching is case-insensitive
and apostrophes are normalised.  All languages apply to every article, because
site chrome is often in another language than the story (an English
"Also Read" on a Hindi page, an English cookie banner on a Polish one).

Each list says where in a line the phrase may sit; ``residue.py`` documents the
rules that use them.
"""
from __future__ import annotations

# --- cross-link ("read also" and friends) ----------------------------------
# LOOSE: imperative "read also" phrases that never open a story sentence, so
# they may be followed by the linked headline after a plain space.
CROSS_LINK_LOOSE = [
    # (English and Chinese phrases are all in STRICT: "Also read at the
    # ceremony was…" and "相关新闻报道称…" are story sentences.)
    # hi
    "ये भी पढ़ें", "यह भी पढ़ें", "इसे भी पढ़ें", "इन्हें भी पढ़ें", "ये भी देखें", "यह भी देखें",
    "जरूर पढ़ें", "ज़रूर पढ़ें",
    # ru
    "смотрите видео", "читайте также", "читайте еще", "читайте ещё", "смотрите также", "читайте по теме",
    # de
    "lesen sie auch", "lesen sie mehr", "lesen sie hier", "auch interessant",
    "das könnte sie auch interessieren", "das könnte sie interessieren", "mehr zum thema",
    "passend zum thema", "den vollständigen artikel lesen",
    # fr
    "lire aussi", "à lire aussi", "a lire aussi", "lire également", "à lire également",
    "à voir aussi", "voir aussi", "lire la suite", "lire l'article complet",
    # es
    "lea también", "lee también", "lea además", "lee además", "te puede interesar",
    "le puede interesar", "también te puede interesar", "ver también", "mira también",
    "noticia relacionada", "noticias relacionadas",
    # pt
    "leia também", "leia mais", "veja também", "leia ainda", "confira também",
    # it
    "leggi anche", "leggi pure", "vedi anche", "leggi l'articolo completo",
    "potrebbe interessarti", "ti potrebbe interessare",
    # pl
    "zobacz wideo", "czytaj też", "czytaj także", "czytaj również", "zobacz też", "zobacz także",
    "zobacz również", "przeczytaj też", "przeczytaj także", "przeczytaj również",
    # tr
    "ayrıca okuyun", "ayrıca oku", "bunu da okuyun", "videoyu izle",
    "bunlar da ilginizi çekebilir", "bu haberi de okuyun",
    # ar
    "اقرأ أيضا", "اقرأ أيضاً", "اقرأ أيضًا", "واقرأ أيضا", "واقرأ أيضاً", "واقرأ أيضًا",
    "اقرأ ايضا", "اقرأ كذلك", "شاهد أيضا", "شاهد أيضاً",
]

# STRICT: phrases that could also open a sentence ("Read more about…",
# "Related work…"), so they count only before a separator or at line end.
CROSS_LINK_STRICT = [
    "also read", "read also", "also see", "see also", "must read", "also watch", "watch also",
    "watch video", "watch the video", "watch", "video", "mira el video", "regardez la vidéo",
    "guarda il video", "assista ao vídeo", "شاهد الفيديو", "观看视频", "वीडियो देखें",
    "read more", "read next", "read", "related", "related stories", "related articles",
    "related news", "related content", "related coverage", "more stories", "more news",
    "recommended", "recommended stories", "recommended for you", "you may also like",
    "you might also like", "more from", "trending", "trending now", "most read", "most popular",
    "latest stories", "latest news", "top stories", "editors' pick", "editor's picks",
    "editors' picks", "what others are reading", "more on this", "more on this story",
    "to read more", "read the full story", "read the full article", "read full story",
    "continue reading", "click here to read", "for more related reports click here",
    "और पढ़ें", "पढ़ें", "संबंधित खबरें",
    "по теме", "читать далее", "подробнее", "еще по теме", "ещё по теме", "самое читаемое",
    "weiterlesen", "mehr dazu", "zum thema", "meistgelesen", "hier weiterlesen",
    "en savoir plus", "les plus lus", "à la une",
    "leer más", "más información", "relacionado", "relacionados", "lo más leído",
    "más historias principales",
    "saiba mais", "relacionadas", "mais lidas",
    "approfondisci", "leggi di più", "leggi avanti", "di più", "ultime storie",
    "scelta della redazione", "i più letti",
    "czytaj więcej", "czytaj dalej", "polecamy", "najczęściej czytane",
    "devamını oku", "haberin devamı", "en çok okunanlar", "önerilen",
    "sur le même sujet", "per saperne di più", "ilgili haber", "ilgili haberler",
    "اقرأ المزيد", "الأكثر قراءة", "مواضيع ذات صلة", "أخبار ذات صلة",
    "相关阅读", "相关新闻", "相关报道", "另请阅读", "延伸阅读", "推荐阅读", "更多阅读",
    "相關閱讀", "相關新聞", "延伸閱讀", "阅读更多", "阅读全文", "其他人点击的内容", "热门文章",
]

# Trailing "read more" links glued to the end of a teaser line.
READ_MORE_SUFFIX = [
    "read more", "continue reading", "read full story", "czytaj dalej", "czytaj więcej",
    "weiterlesen", "mehr lesen", "lire la suite", "leer más", "seguir leyendo", "leia mais",
    "continua a leggere", "leggi tutto", "devamını oku", "читать далее", "подробнее",
    "اقرأ المزيد", "阅读更多", "阅读全文", "और पढ़ें", "आगे पढ़ें",
]

# --- tags line: label + colon + list ----------------------------------------
TAG_LABELS = [
    "tags", "tag", "word count", "topics", "keywords", "key words", "filed under", "posted in", "categories",
    "schlagwörter", "schlagworte", "stichwörter", "themen",
    "теги", "метки", "ключевые слова", "темы",
    "टैग", "टैग्स", "टॉपिक्स",
    "etiquetas", "palabras clave", "temas", "posteado en", "publicado en",
    "étiquettes", "mots-clés", "mots clés", "sujets",
    "palavras-chave", "tópicos",
    "etichette", "parole chiave", "argomenti",
    "tagi", "słowa kluczowe", "tematy",
    "etiketler", "anahtar kelimeler", "konular",
    "الكلمات المفتاحية", "الوسوم", "كلمات دالة", "كلمات مفتاحية",
    "标签", "关键词", "关键字", "標籤", "關鍵詞",
]

# --- whole-line prompts -----------------------------------------------------
COMMENT_LINES = [
    "leave a comment", "leave a reply", "leave a comment cancel reply", "add a comment",
    "add comment", "post a comment", "post comment", "write a comment", "comments", "comment",
    "show comments", "view comments", "view all comments", "load comments", "facebook comments",
    "join the conversation", "join the discussion", "comments are closed",
    "be the first to comment", "no comments yet",
    "टिप्पणियाँ", "टिप्पणियां", "टिप्पणी", "टिप्पणी करें", "कमेंट", "कमेंट करें", "अपनी राय दें",
    "комментарии", "комментарий", "оставить комментарий", "добавить комментарий",
    "написать комментарий",
    "kommentare", "kommentar", "kommentar schreiben", "kommentieren", "kommentar verfassen",
    "comentarios", "comentario", "deja un comentario", "deja tu comentario",
    "escribe un comentario",
    "commentaires", "commentaire", "laisser un commentaire", "ajouter un commentaire",
    "réagir", "réagissez",
    "commenti", "commento", "lascia un commento", "scrivi un commento",
    "comentários", "comentário", "deixe um comentário", "deixe seu comentário",
    "komentarze", "komentarz", "dodaj komentarz", "skomentuj",
    "yorumlar", "yorum", "yorum yap", "yorum yaz",
    "التعليقات", "تعليقات", "أضف تعليق", "اترك تعليقا", "أضف تعليقك",
    "评论", "发表评论", "查看评论", "评论区",
]

SHARE_LINES = [
    "share", "share this", "share this article", "share this story", "share article",
    "share on facebook", "share on twitter", "share via email", "share this:", "print",
    "jetzt teilen", "teilen", "artikel teilen", "diesen artikel teilen", "themen folgen",
    "поделиться", "поделитесь", "compartir", "comparte", "comparte esta noticia",
    "partager", "partager cet article", "condividi", "condividi questo",
    "condividi questo articolo", "compartilhe", "compartilhar", "podziel się", "udostępnij",
    "paylaş", "haberi paylaş", "haberi kaydet", "شارك", "مشاركة", "شارك الخبر",
    "分享", "分享到", "शेयर करें", "शेयर",
    "sdílet", "sdílejte", "sdílet článek", "sdílet na facebooku", "sdílet na twitteru",  # cs
    "zdieľať", "zdieľajte", "zdieľať na facebooku",  # sk
]

# Lines made only of these tokens are rows of share buttons.
SHARE_TOKENS = {
    "share", "shares", "shared", "tweet", "copy", "link", "email", "e-mail", "mail", "print",
    "save", "comments", "comment", "pin", "whatsapp", "facebook", "twitter", "x", "telegram",
    "pinterest", "linkedin", "reddit", "tumblr", "pocket", "flipboard", "messenger",
    "instagram", "youtube", "vk", "вконтакте", "одноклассники", "xing", "threads",
    "teilen", "weiterleiten", "drucken", "поделиться", "compartir", "partager", "condividi",
    "udostępnij", "paylaş", "شارك", "分享", "微信", "微博",
    "sdílet", "tweetnout", "zdieľať",  # cs, sk
}
# A share-button row must contain an action, not only network names.
SHARE_ACTIONS = {
    "share", "shares", "tweet", "copy", "print", "teilen", "weiterleiten", "drucken",
    "поделиться", "compartir", "partager", "condividi", "udostępnij", "paylaş", "شارك", "分享",
    "sdílet", "tweetnout", "zdieľať",
}

# Prefixes of short follow/subscribe/share-button lines.
SHARE_PREFIXES = [
    "follow us", "follow us on", "click to share", "share this", "subscribe",
    "sign up for our newsletter", "folgen sie uns", "подписывайтесь на", "подпишитесь на",
    "síguenos", "haga clic para compartir", "suivez-nous", "cliquez pour partager", "siga-nos",
    "seguici", "fai clic per condividere", "obserwuj nas", "bizi takip edin", "abone ol",
    "تابعونا", "تابعنا", "关注我们", "हमें फॉलो करें",
]

AD_LINES = [
    "advertisement", "advertisements", "advertising", "advert", "ad", "ads", "sponsored", "sponsored content",
    "paid content", "story continues below", "article continues below",
    "story continues below advertisement", "continue reading below", "article content",
    "scroll to continue with content", "anzeige", "werbung", "weiterlesen nach der anzeige",
    "artikel wird unter der anzeige fortgesetzt", "реклама", "publicidad", "anuncio",
    "publicité", "pubblicità", "annuncio pubblicitario", "publicidade", "reklama", "reklam",
    "إعلان", "اعلان", "广告", "विज्ञापन",
]

# --- photo credits ------------------------------------------------------------
PHOTO_LABELS = [
    "photo", "photos", "photograph", "image", "images", "picture", "pic", "pics", "illustration",
    "photo credit", "photo credits", "image credit", "image credits", "image source",
    "picture credit", "file photo", "photo de dossier", "crédit photo", "crédits photo",
    "foto", "fotos", "fotografía", "fotografia", "bild", "bildquelle", "fotoquelle",
    "illustrazione", "фото", "изображение", "снимок", "иллюстрация", "zdjęcie", "fot",
    "fotoğraf", "görsel", "صورة", "الصورة", "图片", "图", "照片", "图片来源",
    "फोटो", "तस्वीर", "फोटो क्रेडिट", "फोटो साभार",
]
# Parenthesised notes that say the picture is illustrative.
PHOTO_NOTES = [
    "representational", "representational image", "representational photo",
    "representative image", "file photo", "file image", "symbolic image", "symbolbild",
    "archivbild", "archivfoto", "imagen de archivo", "foto de archivo", "photo d'archives",
    "foto d'archivio", "zdjęcie ilustracyjne", "архивное фото", "资料图", "资料图片",
    "फाइल फोटो", "प्रतीकात्मक तस्वीर", "प्रतीकात्मक फोटो",
]

# --- copyright, timestamps --------------------------------------------------
RIGHTS_RESERVED = [
    "all rights reserved", "alle rechte vorbehalten", "todos los derechos reservados",
    "tous droits réservés", "все права защищены", "tutti i diritti riservati",
    "todos os direitos reservados", "wszelkie prawa zastrzeżone", "tüm hakları saklıdır",
    "جميع الحقوق محفوظة", "版权所有", "सर्वाधिकार सुरक्षित",
]

TIMESTAMP_LABELS = [
    "published", "updated", "last updated", "posted", "first published", "published on",
    "updated on", "posted on", "veröffentlicht", "veröffentlicht am", "aktualisiert",
    "aktualisiert am", "stand", "опубликовано", "обновлено", "дата публикации", "publicado",
    "actualizado", "publié", "publié le", "mis à jour", "mis à jour le", "pubblicato",
    "aggiornato", "atualizado", "atualizado em", "opublikowano", "aktualizacja",
    "yayınlanma", "yayınlanma tarihi", "güncelleme", "güncellenme", "son güncelleme",
    "نشر في", "تاريخ النشر", "آخر تحديث", "发布时间", "更新时间", "发布于",
    "प्रकाशित", "अपडेटेड", "अपडेट",
]

# Comment-form chrome, matched anywhere in a short line.
COMMENT_FORM = [
    "your email address will not be published", "required fields are marked",
    "you must be logged in to post a comment", "your comment will be treated as spam",
    "pflichtfelder", "e-mail-adresse wird nicht veröffentlicht", "kommentar-profil",
    "votre adresse e-mail ne sera pas publiée", "les champs obligatoires sont indiqués",
    "tu dirección de correo electrónico no será publicada", "los campos obligatorios están marcados",
    "il tuo indirizzo email non sarà pubblicato", "i campi obbligatori sono contrassegnati",
    "o seu endereço de email não será publicado", "os campos obrigatórios estão marcados",
    "twój adres e-mail nie zostanie opublikowany", "wymagane pola są oznaczone",
    "e-posta adresiniz yayınlanmayacak", "ваш адрес email не будет опубликован",
    "обязательные поля помечены", "لن يتم نشر عنوان بريدك الإلكتروني", "您的电子邮箱地址不会被公开",
    "आपका ईमेल पता प्रकाशित नहीं किया जाएगा",
]

# Items of a site navigation menu ("About us / Contact us / Advertising / Subscribe").
NAV_ITEMS = {
    "home", "about", "about us", "contact", "contact us", "advertise", "advertising", "subscribe",
    "privacy", "privacy policy", "terms", "terms of use", "terms of service", "cookie policy",
    "careers", "jobs", "sitemap", "help", "faq", "newsletter", "newsletters", "archive", "rss",
    "e-paper", "epaper", "login", "log in", "sign in", "register", "impressum", "datenschutz",
    "kontakt", "über uns", "mediadaten", "agb", "abo", "контакты", "о нас", "реклама",
    "contacto", "quiénes somos", "aviso legal", "publicidad", "mentions légales", "contact",
    "qui sommes-nous", "publicité", "chi siamo", "contatti", "pubblicità", "fale conosco",
    "quem somos", "o nas", "reklama", "regulamin", "polityka prywatności",
    "iletişim", "hakkımızda", "künye", "reklam", "اتصل بنا", "من نحن", "关于我们", "联系我们",
    "हमारे बारे में", "संपर्क करें",
}
