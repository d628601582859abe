//! Word lists, per language, that the ingestion rules consult. Data, not logic: a list
//! grows here without touching the rules that read it.

/// Sections papers print above a headline (`Opinion`, `Analyse`).
pub(super) const SECTION_LABELS: [&str; 24] = [
    "opinion",
    "analyse",
    "analysis",
    "tribune",
    "éditorial",
    "editorial",
    "chronique",
    "interview",
    "entretien",
    "commentary",
    "comment",
    "exclusive",
    "exclusif",
    "décryptage",
    "enquête",
    "reportage",
    "portrait",
    "point de vue",
    "explainer",
    "fact check",
    "vidéo",
    "video",
    "témoignage",
    "focus",
];

/// The first item of a two-item breadcrumb (`Accueil » X`).
pub(super) const CRUMB_HOMES: [&str; 2] = ["home", "accueil"];

/// What a headline ends with after a dash but is not part of it (`– VIDEO`).
pub(super) const TITLE_SUFFIXES: [&str; 9] =
    ["VIDEO", "VIDÉO", "VIDEOS", "VIDÉOS", "PHOTOS", "PHOTO", "EN DIRECT", "LIVE", "DIRECT"];

/// How a copyright line opens.
pub(super) const COPYRIGHT_PREFIXES: [&str; 4] = ["©", "(c) ", "copyright ©", "copyright "];

/// How a closing `Source : Outlet, date` line opens.
pub(super) const SOURCE_PREFIXES: [&str; 3] = ["source : ", "source: ", "source - "];

/// Words of a rights notice, never of an outlet name.
pub(super) const RIGHTS_WORDS: [&str; 4] = ["droits", "rights", "reserved", "réservés"];

/// How a publication or update stamp opens.
pub(super) const STAMP_CUES: [&str; 6] = ["updated", "published", "posted", "mis à jour", "publié", "modifié"];

/// What a counter counts (`12 commentaires`).
pub(super) const COUNTER_NOUNS: [&str; 8] =
    ["comment", "comments", "commentaire", "commentaires", "réaction", "réactions", "replies", "réponses"];

/// How a button or a link that tells the reader what to do opens (`Click to Read More and
/// View Comments`, `Cliquez ici pour voir la vidéo`): furniture on a short line.
pub(super) const BUTTON_OPENERS: [&str; 6] =
    ["click to ", "click here", "cliquez ici", "cliquez pour ", "tap to ", "tap here"];

/// How share and follow buttons read.
pub(super) const SHARE_PREFIXES: [&str; 7] =
    ["partager sur", "partager par", "share on", "share via", "envoyer par", "suivez-nous", "follow us"];

/// What a share or tool button does (`Share`, `Copier le lien`, `Print`): a line of them and
/// of [`TOOL_GLUE`] only is a row of buttons.
pub(super) const TOOL_ACTIONS: [&str; 30] = [
    "share",
    "partager",
    "partagez",
    "partage",
    "tweet",
    "tweeter",
    "tweetez",
    "email",
    "mail",
    "courriel",
    "print",
    "imprimer",
    "comment",
    "comments",
    "commenter",
    "copy",
    "copied",
    "copier",
    "copié",
    "copiée",
    "link",
    "lien",
    "url",
    "bookmark",
    "bookmarks",
    "save",
    "enregistrer",
    "envoyer",
    "send",
    "favoris",
];

/// The networks a share button names (`Facebook`, `X (Twitter)`).
pub(super) const TOOL_NETWORKS: [&str; 16] = [
    "facebook",
    "twitter",
    "x",
    "linkedin",
    "reddit",
    "pinterest",
    "whatsapp",
    "telegram",
    "threads",
    "messenger",
    "flipboard",
    "bluesky",
    "tumblr",
    "instagram",
    "pocket",
    "mastodon",
];

/// Words that may stand between share buttons without making a sentence (`Share this on`,
/// `Cliquez pour partager sur … (ouvre dans une nouvelle fenêtre)`, `(BUTTON)`).
pub(super) const TOOL_GLUE: [&str; 40] = [
    "this", "on", "to", "in", "via", "the", "a", "all", "with", "or", "and", "article", "story", "options", "sharing",
    "click", "open", "opens", "new", "window", "tab", "button", "e", "sur", "par", "dans", "une", "nouvelle",
    "fenêtre", "onglet", "ouvre", "pour", "cliquez", "cliquer", "cet", "cette", "le", "la", "l", "et",
];

/// Words of a cookie-consent box (with `cookie`).
pub(super) const CONSENT_WORDS: [&str; 7] =
    ["accept", "consent", "opt-out", "paramètres", "j'accepte", "j’accepte", "acceptez"];

/// Words of a newsletter sign-up box (with `newsletter`).
pub(super) const SIGNUP_WORDS: [&str; 7] =
    ["inscri", "subscribe", "sign up", "abonne", "recevez", "get our", "receive"];

/// Publishers' disclaimers under an opinion piece.
pub(super) const DISCLAIMERS: [&str; 5] = [
    "n'engagent que",
    "n’engagent que",
    "views expressed in this",
    "do not necessarily reflect",
    "views expressed are",
];

/// Words of an embed-code box (`Copy/paste the article video embed link below:`), furniture
/// only on a line that is no more than that box's one sentence: a story may speak of embed
/// codes.
pub(super) const EMBED_CUES: [&str; 2] = ["embed link", "embed code"];

/// Whole lines that are page furniture (buttons, labels).
pub(super) const FURNITURE_LINES: [&str; 43] = [
    "end of article",
    "fin de l'article",
    "fin de l’article",
    "lire la suite",
    "articles similaires",
    "related articles",
    "partager",
    "share",
    "share this",
    "share this article",
    "share this story",
    "partager cet article",
    "newsletter",
    "publicité",
    "advertisement",
    "sponsored",
    "contenu sponsorisé",
    "réagir",
    "commenter",
    "leave a comment",
    "leave a reply",
    "like this",
    "imprimer",
    "print",
    "email",
    "e-mail",
    "copier le lien",
    "copy link",
    "facebook",
    "twitter",
    "x",
    "whatsapp",
    "linkedin",
    "abonnez-vous",
    "s'abonner",
    "subscribe",
    "tweet",
    "voir les commentaires",
    "view comments",
    "article réservé aux abonnés",
    "réservé aux abonnés",
    "subscriber only",
    "subscribers only",
];

/// News agencies, as they sign a dispatch.
pub(super) const AGENCIES: [&str; 12] = [
    "afp",
    "reuters",
    "ap",
    "associated press",
    "agence france-presse",
    "belta",
    "tass",
    "ria novosti",
    "ukrinform",
    "interfax",
    "dpa",
    "anadolu",
];

/// How an outlet credits a wire (`Le Figaro avec AFP`).
pub(super) const WIRE_SUFFIXES: [&str; 6] =
    [" avec afp", " with afp", " avec reuters", " with reuters", " avec ap", " with ap"];

/// How a byline opens, longest first.
pub(super) const BYLINE_PREFIXES: [&str; 22] = [
    "propos recueillis par ",
    "un article de ",
    "written by ",
    "posted by ",
    "text by: ",
    "text by ",
    "words by ",
    "texte de ",
    "texte : ",
    "auteur : ",
    "author: ",
    "article rédigé par ",
    "rédigé par ",
    "écrit par ",
    "publié par : ",
    "publié par ",
    "par : ",
    "par: ",
    "by: ",
    "par ",
    "by ",
    "de ",
];

/// Abbreviations followed by a period inside a headline, which end no sentence.
pub(super) const ABBREVIATIONS: [&str; 16] =
    ["Mr", "Mrs", "Ms", "Dr", "St", "Gov", "Sen", "Rep", "Gen", "Jr", "Sr", "vs", "No", "Mt", "Pr", "Me"];

/// Buttons a page prints right after a byline's name.
pub(super) const BYLINE_TAILS: [&str; 5] = ["Follow", "Suivre", "Email", "Bio", "Contact"];

/// A byline with no name (`De notre correspondant à Moscou`).
pub(super) const NAMELESS_BYLINES: [&str; 2] = ["de notre ", "from our "];

/// Words that join co-authors.
pub(super) const NAME_JOINERS: [&str; 3] = ["et", "and", "&"];

/// Words of a stamp's cue, never of a person's name: a page printing `CRÉÉ LE 15 décembre` or
/// `MIS À JOUR LE …` in capitals makes them look like one.
pub(super) const STAMP_WORDS: [&str; 14] = [
    "créé",
    "créée",
    "created",
    "updated",
    "published",
    "posted",
    "publié",
    "publiée",
    "modifié",
    "modified",
    "mis",
    "jour",
    "actualisé",
    "edited",
];

/// How a collective signature ends (`Kulu Media News Desk`, `Edge Delta Team`): the desk,
/// team or staff of an outlet signs the text.
pub(super) const DESK_WORDS: [&str; 6] = ["news desk", "desk", "team", "staff", "newsroom", "rédaction"];

/// Capitalised words that open a menu item ending with a desk word (`Meet the Team`, `Our
/// Team`, `Contact Support Team`), never a signature.
pub(super) const DESK_MENU_WORDS: [&str; 10] =
    ["our", "meet", "the", "contact", "join", "support", "sales", "about", "customer", "help"];

/// Capitalised words of credits, never of a person's name.
pub(super) const NOT_NAMES: [&str; 88] = [
    "photo",
    "photos",
    "afp",
    "reuters",
    "getty",
    "images",
    "sputnik",
    "crédit",
    "news",
    "ticker",
    "ideas",
    "asia",
    "pacific",
    "europe",
    "world",
    "monde",
    "international",
    "afrique",
    "africa",
    "accueil",
    "home",
    "politique",
    "politics",
    "opinion",
    "opinions",
    "société",
    "économie",
    "economy",
    "business",
    "sport",
    "sports",
    "culture",
    "video",
    "vidéo",
    "live",
    "direct",
    "actualité",
    "actualités",
    "latest",
    "breaking",
    "middle",
    "east",
    "americas",
    "globe",
    "region",
    "régions",
    "newsletter",
    "podcast",
    "podcasts",
    "menu",
    "search",
    "rechercher",
    "contact",
    "abonnés",
    "subscribe",
    "edition",
    "read",
    "next",
    "log",
    "out",
    "related",
    "topics",
    "what",
    "we",
    "don't",
    "like",
    "more",
    "sign",
    "in",
    "up",
    "my",
    "profile",
    "share",
    "follow",
    "comments",
    "view",
    "all",
    "see",
    "top",
    "lire",
    "suivre",
    "voir",
    "plus",
    "aussi",
    "connexion",
    "partager",
    "tous",
    "toutes",
];

/// Words that name a page's parts, a site's sections and desks, its genres and its series
/// (folded): a capitalised run of them near the headline (`Article Header`, `First Forecast
/// Weather`, `Magazine Santé`, `Press Release`, `Open Future`) reads like a name, and the
/// byline ranking weighs the share of a candidate's words found here (`label_words`), fitted
/// like its other features. Words no byline's name holds: a person's surname that is also a
/// common noun (`Baker`, `Young`, `Fox`) is left out.
pub(super) const LABEL_WORDS: [&str; 95] = [
    // A page's parts and its widgets.
    "header",
    "footer",
    "sidebar",
    "article",
    "articles",
    "banner",
    "widget",
    "navigation",
    "result",
    "results",
    "archive",
    "archives",
    "gallery",
    "slideshow",
    "newsroom",
    "viewed",
    "popular",
    "trending",
    "featured",
    "spotlight",
    "highlights",
    // Sections, desks and genres, in both languages.
    "weather",
    "forecast",
    "traffic",
    "entertainment",
    "lifestyle",
    "health",
    "sante",
    "science",
    "sciences",
    "technology",
    "tech",
    "travel",
    "food",
    "music",
    "movies",
    "books",
    "arts",
    "design",
    "style",
    "fashion",
    "beauty",
    "auto",
    "autos",
    "cars",
    "motors",
    "jobs",
    "emploi",
    "education",
    "environment",
    "climate",
    "environnement",
    "magazine",
    "review",
    "reviews",
    "guide",
    "guides",
    "deals",
    "shopping",
    "community",
    "local",
    "national",
    "regional",
    "metro",
    "release",
    "releases",
    "press",
    "announcements",
    "events",
    "agenda",
    "actu",
    "actus",
    "infos",
    "insolite",
    "loisirs",
    "sorties",
    "future",
    "progress",
    "faits",
    "divers",
    "justice",
    "societe",
    "planete",
    "economie",
    "finance",
    "finances",
    "markets",
    "marches",
    "immobilier",
    "consommation",
    "sponsored",
    "partenaire",
    "partner",
    "partners",
    "promoted",
];

/// How an update stamp opens (`Mis à jour le`).
pub(super) const UPDATE_CUES: [&str; 8] = [
    "mis à jour",
    "updated",
    "modifié",
    "modified",
    "actualisé",
    "last modified",
    "dernière mise à jour",
    "last updated",
];

/// Where a publication stamp gives way to an update stamp on the same line.
pub(super) const UPDATE_CUTS: [&str; 8] = [
    " mis à jour",
    " | ",
    " updated",
    " modifié le",
    " modified",
    " actualisé le",
    " last updated",
    " dernière mise à jour",
];

/// Labels before a date, longest first, matched whatever their case.
pub(super) const DATE_LABELS: [&str; 31] = [
    "original ",
    "last modified on",
    "last modified",
    "issued on:",
    "issued on",
    "issued:",
    "mis en ligne le",
    "mis en ligne",
    "paru le",
    "first published on",
    "first published",
    "publié le",
    "publie le",
    "publié",
    "mis à jour le",
    "mis à jour",
    "updated on",
    "updated:",
    "updated",
    "published on",
    "published:",
    "published",
    "posted on",
    "posted:",
    "posted",
    "date:",
    "date :",
    "le ",
    "on ",
    ":",
    ",",
];

/// Words of a clock time: meridians and time zones.
pub(super) const CLOCK_ZONES: [&str; 14] =
    ["AM", "PM", "am", "pm", "a.m", "p.m", "GMT", "UTC", "CET", "CEST", "BST", "ET", "EST", "EDT"];

/// Headings of a closing source list.
pub(super) const SOURCE_HEADINGS: [&str; 8] =
    ["sources", "source", "notes", "références", "references", "bibliographie", "bibliography", "notes et références"];

/// How a photo credit opens.
pub(super) const CREDIT_WORDS: [&str; 9] =
    ["photo", "photos", "crédit", "crédits", "credit", "credits", "©", "illustration", "image"];

/// Agencies named in a photo credit (`Reuters/Janis Laizans`).
pub(super) const PHOTO_AGENCIES: [&str; 8] = ["afp", "reuters", "ap", "sputnik", "epa", "anadolu", "belta", "tass"];

/// Phrases that announce a link to another article.
pub(super) const TEASERS: [&str; 12] = [
    "lire aussi",
    "à lire aussi",
    "a lire aussi",
    "lire également",
    "à lire également",
    "voir aussi",
    "read more",
    "read also",
    "see also",
    "related",
    "sur le même sujet",
    "also read",
];

/// French function words: their density tells running text from labels and menus.
pub(super) const FR_STOPWORDS: [&str; 95] = [
    "le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "et", "ou", "mais", "donc", "car", "ni", "que", "qu",
    "qui", "quoi", "dont", "où", "à", "au", "aux", "en", "dans", "par", "pour", "sur", "sous", "avec", "sans", "entre",
    "vers", "chez", "contre", "depuis", "pendant", "selon", "après", "avant", "il", "elle", "ils", "elles", "on",
    "nous", "vous", "je", "j", "tu", "se", "s", "sa", "son", "ses", "leur", "leurs", "ce", "cet", "cette", "ces", "c",
    "n", "ne", "pas", "plus", "moins", "très", "est", "sont", "été", "être", "a", "ont", "avait", "était", "fait",
    "peut", "y", "lui", "même", "aussi", "comme", "si", "tout", "tous", "toute", "bien", "encore", "déjà", "alors",
    "cela", "ainsi",
];

/// English function words.
pub(super) const EN_STOPWORDS: [&str; 94] = [
    "the", "a", "an", "and", "or", "but", "so", "nor", "of", "to", "in", "on", "at", "by", "for", "with", "from",
    "into", "over", "after", "before", "about", "against", "between", "during", "under", "than", "as", "that", "this",
    "these", "those", "which", "who", "whom", "whose", "what", "when", "where", "while", "it", "its", "he", "she",
    "they", "them", "his", "her", "their", "we", "our", "you", "your", "i", "my", "me", "him", "us", "is", "are",
    "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "will", "would", "can", "could",
    "should", "may", "might", "must", "not", "no", "said", "says", "also", "there", "then", "if", "all", "more",
    "most", "some", "such", "only", "just",
];

/// Headings that close the text only as the whole line (never with words after them, see
/// `closers::closer_with_tail`: `Who we are now` heads a section of an essay): the box about
/// the outlet itself that a page sets after the text (its history, its audience, its
/// appeal), and the reader's feedback prompt under the text.
pub(super) const CLOSERS_ALONE: [&str; 10] = [
    "qui sommes-nous",
    "qui sommes-nous ?",
    "qui sommes-nous?",
    "à propos de nous",
    "who we are",
    "about us",
    "cet article vous a plu ?",
    "cet article vous a-t-il plu ?",
    "did you enjoy this article?",
    "was this article helpful?",
];

/// Headings that open what follows an article: comments, related stories, most-read lists.
/// The main block never runs past one of them.
pub(super) const CLOSERS: [&str; 74] = [
    "commentaires",
    "comments",
    "réactions",
    "most viewed",
    "most read",
    "most popular",
    "les plus lus",
    "les plus lues",
    "les plus partagés",
    "les plus populaires",
    "sur le même sujet",
    "dans la même rubrique",
    "à lire aussi",
    "a lire aussi",
    "lire aussi",
    "à voir aussi",
    "à découvrir également",
    "à découvrir aussi",
    "à la une",
    "vous aimerez aussi",
    "vous aimerez aussi :",
    "nos derniers articles",
    "derniers articles",
    "dernières actualités",
    "latest news",
    "latest stories",
    "top stories",
    "trending",
    "trending now",
    "related",
    "related articles",
    "related stories",
    "related content",
    "read more",
    "more stories",
    "more from",
    "recommended",
    "recommended for you",
    "you may also like",
    "you might also like",
    "leave a reply",
    "leave a comment",
    "join the conversation",
    "about the author",
    "à propos de l'auteur",
    "à propos de l’auteur",
    "newsletter",
    "partager cet article",
    "share this article",
    "articles liés",
    "la rédaction vous conseille",
    "l'auteur vous recommande",
    "l’auteur vous recommande",
    "poster un commentaire",
    "laisser un commentaire",
    "there are comments",
    "more on this story",
    "explore more on the topics in this story",
    "dans la même thématique",
    "sur le même thème",
    "ces sujets pourraient vous intéresser",
    "les derniers commentaires",
    "articles les plus lus",
    "related posts",
    "recent posts",
    "popular posts",
    "more to explore",
    "à consulter également",
    "à consulter aussi",
    "à lire également",
    // A site's list under the article, named by its subject or its writer (`More about
    // skywatching`, `Popular Now on CityLab`, `Ses derniers articles`). Not `Plus d'articles`,
    // which block.rs's tests read over a live report's entries that stay.
    "more about",
    "popular now",
    "ses derniers articles",
    // A health site's heading over its writers' biographies and its references.
    "about our editorial team",
];

/// How a publication stamp opens.
pub(super) const PUBLISH_CUES: [&str; 8] =
    ["published", "publié", "posted", "mis en ligne", "first published", "paru le", "issued on", "original "];

/// Whether a folded word (`tres`, `the`) is a French or English function word: what a name
/// must not be, and what a capital at the start of a sentence does not make a name.
pub fn is_common_word(folded: &str) -> bool {
    static SET: std::sync::OnceLock<std::collections::HashSet<String>> = std::sync::OnceLock::new();
    SET.get_or_init(|| FR_STOPWORDS.iter().chain(EN_STOPWORDS.iter()).map(|w| crate::text::fold(w)).collect())
        .contains(folded)
}

/// How the line that ends what a reader without a subscription sees opens.
pub(super) const PAYWALL_CUES: [&str; 10] = [
    "il vous reste",
    "la suite est réservée",
    "la suite de cet article est réservée",
    "cet article est réservé aux abonnés",
    "pour lire la suite",
    "the rest of this article",
    "subscribe to continue reading",
    "subscribe to read the full",
    "this article is for subscribers",
    "to continue reading this article",
];

/// Words by which a line speaks to its reader (buttons, sign-up boxes, offers).
pub(super) const READER_WORDS: [&str; 9] =
    ["vous", "votre", "vos", "you", "your", "yours", "inscrivez", "abonnez", "recevez"];

/// Words of an account, a subscription or a sign-up: a line speaking to the reader with one
/// of them is an offer, not a story's sentence.
pub(super) const OFFER_WORDS: [&str; 24] = [
    "abonn",
    "inscri",
    "connect",
    "compte",
    "newsletter",
    "e-mail",
    "email",
    "subscri",
    "sign in",
    "sign up",
    "log in",
    "account",
    "offre",
    "offer",
    "commentaire",
    "comment",
    "recevez",
    // The consent under a sign-up form (`By submitting your information you agree to the Terms
    // & Conditions and Privacy Policy`, `vous acceptez nos conditions générales`).
    "privacy policy",
    "terms & conditions",
    "terms and conditions",
    "terms of use",
    "terms of service",
    "conditions générales",
    "politique de confidentialité",
];

/// How a line speaking to the reader may open without a `you`: the imperative of a sign-up
/// (`Sign up to get the best content of the week…`). A story's sentence seldom opens so.
pub(super) const READER_OPENERS: [&str; 8] = [
    "sign up ",
    "sign up:",
    "subscribe to ",
    "subscribe for ",
    "subscribe now",
    "register to ",
    "register for ",
    "join our ",
];

/// Trades an author's biography names after the author's name (`Jane Roe is a staff writer
/// at…`, `Marie Dupont est journaliste…`): with the name as its subject, a paragraph closing
/// the text that names one of them is the author box, not the story.
pub(super) const BIO_ROLES: [&str; 17] = [
    "writer",
    "reporter",
    "journalist",
    "editor",
    "contributor",
    "correspondent",
    "columnist",
    "freelance",
    "newsroom",
    "journaliste",
    "rédacteur",
    "rédactrice",
    "correspondant",
    "chroniqueur",
    "chroniqueuse",
    "éditorialiste",
    "pigiste",
];

/// Verbs after which a biography gives its subject's trade (`is`, `est`, `has been`, `joined`).
pub(super) const BIO_VERBS: [&str; 12] =
    ["is", "was", "has", "covers", "writes", "joined", "began", "est", "était", "a", "couvre", "écrit"];

/// Lines a site prints for its own navigation, never an article's headline whatever the page
/// (the title's hard filter, `title.rs::navigation_label`): its legal pages and the buttons of
/// its account and subscription, compared whole, in lower case with straight apostrophes.
pub(super) const NAVIGATION_LABELS: [&str; 32] = [
    "conditions générales d'utilisation",
    "conditions générales de vente",
    "conditions générales",
    "mentions légales",
    "politique de confidentialité",
    "politique de cookies",
    "gestion des cookies",
    "paramètres des cookies",
    "privacy policy",
    "cookie policy",
    "cookies policy",
    "terms of use",
    "terms of service",
    "terms and conditions",
    "terms & conditions",
    "cookie settings",
    "manage cookies",
    "your privacy choices",
    "do not sell my personal information",
    "subscribe now",
    "subscribe today",
    "sign up now",
    "sign up",
    "sign in",
    "log in",
    "abonnez-vous",
    "je m'abonne",
    "s'abonner",
    "se connecter",
    "connexion",
    "donate now",
    "faire un don",
];

/// How a skip link opens (`Skip to main content`, `Aller au contenu principal`, `Jump to
/// navigation`): the first link of a page for keyboards and screen readers.
pub(super) const SKIP_LINK_OPENERS: [&str; 9] = [
    "skip to ",
    "skip navigation",
    "jump to ",
    "aller au contenu",
    "aller au menu",
    "aller à la navigation",
    "aller directement",
    "passer au contenu",
    "accéder au contenu",
];
