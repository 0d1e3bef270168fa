"""Data tables of the parser, kept apart from the logic that uses them.

Every phrase is written in its normalised form (see
``boilerplate.normalise``): lower case, single spaces, straight apostrophes,
no trailing punctuation.  Extending a table changes what the parser keeps;
the logic in boilerplate.py, captions.py and bylines.py stays as it is.
"""

# Headings over other articles' links, in English, French, German and
# Spanish: chrome alone on a line, and block headings over their lists.
SEE_ALSO_HEADINGS = (
    "more from this section",
    "explore more on these topics",
    "lire aussi",
    "à lire aussi",
    "sur le même sujet",
    "mehr zum thema",
    "das könnte sie auch interessieren",
    "lee también",
    "te puede interesar",
    "noticias relacionadas",
    "lesen sie auch",
    "siehe auch",
    "voir aussi",
    "lire également",
    "à lire également",
    "leer más",
    "ver también",
    "más información",
    "archivado en",
)

# Buttons a wire sets after a picture's credit, on the caption's line
# ("… REUTERS/Jane Doe Purchase Licensing Rights"), or alone on a line.
PICTURE_BUTTONS = ("purchase licensing rights", "acquire licensing rights")
# What a gallery's counter counts ("Image 3 of 12", "Item 1 of 2").
COUNTED_PICTURES = ("item", "image", "photo", "picture", "slide")
# What a newsletter platform or a blog counts under a post ("12 Likes", "3
# Restacks", "42 claps", a blog's "3 responses" over its comments): a count
# alone on its line is chrome.  Only words that count nothing else: "1,204
# votes" may be a row of an election's results.
COUNTED_REACTIONS = ("likes?", "restacks?", "claps?", "reposts?", "followers?", "responses?")
# The labels of such counts, and of comments, over the number alone ("Comments" over "23").
COUNT_LABELS = frozenset({"comments", "likes", "restacks", "claps", "responses", "shares"})

# Headings over a block of contacts ("Media contact:" over a name, a job, a
# phone number, an address; "To contact the reporter on this story:" under
# a wire story): who to ask, not what happened.  Chrome, and so are the
# contact lines under them.
CONTACT_HEADINGS = frozenset(
    {
        "contact", "contacts", "media contact", "media contacts", "press contact", "press contacts",
        "media enquiries", "media inquiries", "press enquiries", "press inquiries", "investor contact",
        "investor contacts", "for more information, contact", "for further information, contact",
        "to contact the reporter on this story", "to contact the reporters on this story",
        "to contact the editor responsible for this story", "to contact the editors responsible for this story",
    }
)  # fmt: skip
# The same headings with the contacts on their line ("Media contact: Jane Doe, 555-0100").
CONTACT_PREFIXES = tuple(f"{heading}:" for heading in sorted(CONTACT_HEADINGS))
# The most words of a line in a contact block ("Head of Communications").
MAX_CONTACT_WORDS = 8
# A newsroom's end mark, "-30-", normalised; a bare "30" is a number.
END_MARK_NUMBER = "30"

# Headings that introduce a list of links: the lines under them, in the same
# paragraph, are headlines of other articles and leave with the heading.
# Each is chrome alone on a line too (BOILERPLATE_LINES holds them all).
BLOCK_HEADINGS = frozenset(
    {
        "related",
        "related article",
        "related articles",
        "related stories",
        "related content",
        "related coverage",
        "read more",
        "related links",
        "read next",
        "read also",
        "also read",
        "see also",
        "more stories",
        "more on this story",
        "more on this topic",
        "most popular",
        "most read",
        "most viewed",
        "most read stories",
        "most popular stories",
        "trending",
        "trending stories",
        "recommended reading",
        "top stories",
        "latest news",
        "recommended",
        "recommended for you",
        "you may also like",
        "you might also like",
        "editor's picks",
        "related topics",
        "topics",
        "tags",
        "filed under",
        "trending now",
        "popular now",
        "most shared",
        "latest stories",
        "recommended stories",
        "more from this author",
        "more by this author",
        "what to read next",
        "read more stories",
        "more stories like this",
        "you may have missed",
        "in case you missed it",
        "don't miss",
        # A content-recommendation widget's headings over its sponsored links.
        "promoted stories", "promoted content", "promoted links", "sponsored stories", "sponsored links",
        "paid content", "partner content", "from our partners", "more from our partners", "around the web",
        "from around the web", "you may like",
    }
    | set(SEE_ALSO_HEADINGS)
)

# A notice that the page changed or will change, saying nothing of what
# changed ("This story has been updated.", "This is a developing story and
# will be updated as more information becomes available.", "Check back for
# updates."): the page's furniture, as a bare "Updated" is.  A note saying
# what changed ("This story has been updated to correct …", "Correction:
# …") is the newsroom's word to its readers and stays.
_PAGES = ("story", "article", "post", "page", "report")
UPDATE_NOTICES = frozenset(
    {
        f"this {page} {verb}{tail}"
        for page in _PAGES
        for verb in ("has been updated", "was updated")
        for tail in ("", " with additional information", " with more information", " with new information",
                     " with additional reporting", " with additional details", " throughout")
    }
    | {f"this {page} will be updated" for page in _PAGES}
    | {f"this is a {kind}{tail}" for kind in ("developing story", "breaking news story", "breaking story")
       for tail in ("", " and will be updated")}
    | {"this story is developing", "this story is developing and will be updated", "developing story",
       "check back for updates", "check back later for updates", "please check back for updates",
       "refresh for updates", "refresh this page for updates"}
)  # fmt: skip
# How such a notice may go on ("… will be updated as more information becomes available").
UPDATE_NOTICE_TAILS = (" as more information becomes available", " as more details become available",
                       " as new information becomes available", " as more information emerges")  # fmt: skip

# How a French outlet names the agency its story draws on ("Le Monde avec
# AFP"): chrome when capitalised words, the outlet's name, come before.
AGENCY_NOTE_TAILS = (" avec afp", " avec l'afp", " avec reuters", " avec ap", " avec agences", " avec afp et reuters")  # fmt: skip

# Where "Follow Jane Doe on …" points: a line naming a person's profile on
# one of these is chrome ("Follow Jane Doe on Twitter @janedoe").
SOCIAL_NETWORKS = frozenset(
    {
        "twitter", "x", "facebook", "instagram", "linkedin", "threads", "bluesky",
        "mastodon", "tiktok", "youtube", "telegram", "whatsapp", "snapchat",
    }
)  # fmt: skip
# A translator's credit: the lead, a language, "by" and names alone ("Translated from the German by Ines Marlow").
TRANSLATION_LEAD = "translated from "

# A share button's label: a lead, then a network or a way of sending ("Share via WhatsApp", "Share by SMS").
SHARE_LEADS = ("share on ", "share via ", "share by ", "share to ", "share with ")
SHARE_TARGETS = SOCIAL_NETWORKS | {"email", "e-mail", "mail", "sms", "text", "messenger", "pinterest", "reddit",
                                   "flipboard", "signal", "wechat", "line", "viber", "tumblr"}  # fmt: skip

# The label a page may set before its breadcrumb trail ("You are here: Home » News").
BREADCRUMB_LABEL = "you are here:"

# Whole lines of site chrome: a line equal to one of these is boilerplate.
BOILERPLATE_LINES = frozenset(
    {
        "###",  # the end marks of a press release
        "# # #",
        "ends",  # also "- ENDS -"
        "advertisement",
        "advertisements",
        "sponsored",
        "sponsored content",
        "story continues below",
        "article continues below",
        "story continues",
        "continue reading",
        "continue reading below",
        "continue reading the main story",
        "scroll to continue",
        "scroll to continue with content",
        "newsletter sign-up",
        "newsletter signup",
        "enter your email address",
        # The fields and button of a sign-up form the scrape kept as text.
        "email address",
        "your email",
        "your email address",
        "newsletter email address",
        "get it",
        "sign me up",
        "accept cookies",
        "accept all cookies",
        "allow all cookies",
        "allow all",
        "accept cookies and continue",
        "agree and close",
        "agree and continue",
        "manage my cookies",
        "reject non-essential cookies",
        "necessary cookies only",
        "only necessary cookies",
        "customise cookies",
        "customize cookies",
        "cookie consent",
        "your privacy choices",
        "do not sell my personal information",
        "do not sell or share my personal information",
        "reject all cookies",
        "manage cookies",
        "manage cookie preferences",
        "cookie settings",
        "cookie preferences",
        "cookie policy",
        "we value your privacy",
        "privacy settings",
        "share",
        "share this article via email",
        "email this article",
        "pin it",
        "whatsapp",
        "facebook",
        "twitter",
        "linkedin",
        "gift this article",
        "give this article",
        "save for later",
        "read later",
        "bookmark",
        "follow",
        "unfollow",
        "like",
        "reply",
        "replies",
        "report",
        "comment",
        "loading comments",
        "please enable javascript to view the comments",
        "join the conversation",
        "join the discussion",
        "start the conversation",
        "have your say",
        "have your say?",
        # What a page sets around its comments and its comment form.
        "have your say in the comments", "have your say in the comments below", "join the debate",
        "join the debate in the comments", "join the debate in the comments below",
        "join the conversation in the comments", "join the conversation in the comments below",
        "comment below", "leave a comment below", "post a comment", "add a comment", "leave a reply",
        "cancel reply", "like loading", "like this", "your email address will not be published",
        "required fields are marked *", "you must be logged in to post a comment",
        "hide caption",
        "toggle caption",
        "enlarge this image",
        "open image in gallery",
        "expand",
        "close",
        "listen",
        "listen to article",
        "font size",
        "text size",
        "supported by",
        "paid post",
        "read the full story",
        "recommended video",
        "get the news",
        "up next",
        "next article",
        "previous article",
        "top of page",
        "this content is not available in your region",
        "contact us",
        "about us",
        "terms of use",
        "privacy policy",
        "site map",
        "sections",
        "podcasts",
        "newsletters",
        "latest",
        "published",
        "updated",
        "save",
        "save article",
        "save this article",
        "play video",
        "watch video",
        "now playing",
        "play",
        "pause",
        "replay",
        "mute",
        "unmute",
        "fullscreen",
        "full screen",
        "exit fullscreen",
        "click to play video",
        "tap to play",
        "tap to unmute",
        "load more",
        "load more posts",
        "show more",
        "show more posts",
        "accept and continue",
        "content is not available",
        "this content is not available",
        "share this",
        "share this article",
        "share this story",
        "share on facebook",
        "share on twitter",
        "share on whatsapp",
        "share on x",
        "share on linkedin",
        "share on reddit",
        "share on telegram",
        "share via email",
        "share by email",
        "sign up",
        "copy link",
        "copy the link",
        "link copied",
        "tweet",
        "print",
        "email",
        "comments",
        "leave a comment",
        "show comments",
        "view comments",
        "click to share",
        "sign up for our newsletter",
        "subscribe to our newsletter",
        "sign up to our newsletter",
        "get our newsletter",
        "newsletter",
        "subscribe",
        "subscribe now",
        "subscribe today",
        "subscribe here",
        "sign up here",
        "sign up now",
        "sign up today",
        "already a subscriber?",
        "already a member?",
        "become a member",
        "become a supporter",
        "donate",
        "donate now",
        "donate today",
        "make a donation",
        "support us",
        "subscriber-only story",
        "subscribers only",
        "member-only story",
        "ready for more?",
        "give a gift subscription",
        "accept",
        "manage settings",
        "share full article",
        "already have an account?",
        "support local journalism",
        "support independent journalism",
        "support our journalism",
        "support the guardian",
        "read about our approach to external linking",
        "pinned",
        "pinned post",
        "log in",
        "sign in",
        "register",
        "all rights reserved",
        "watch",
        "watch now",
        "listen to this article",
        "listen to this story",
        # A player's note that a machine reads the article aloud.
        "audio is generated by ai", "this audio is generated by ai", "audio generated by ai",
        "this audio was generated by ai", "ai-generated audio", "audio is ai-generated",
        "share this post",
        # A newsletter platform's and a blog's buttons under a post.
        "pledge your support", "discussion about this post", "restacks", "likes", "recommended from medium",
        "email this story", "print this story", "email this", "print this", "a+ a", "a- a+", "a a a",
        "you are here",
        "skip to content",
        "skip to main content",
        "skip to navigation",
        "skip advertisement",
        "back to top",
        "loading",
        "image",
        "photo",
        "video",
        "enlarge",
        "open in app",
        "download our app",
        "menu",
        "main menu",
        "open menu",
        "close menu",
        "search",
        "home",
        "key events",
        "show key events only",
        "print this page",
        "print this article",
        "log in to comment",
        "sign in to comment",
        "share or comment on this article",
        "the comments below have not been moderated",
        "be the first to know",
        "get local news delivered to your inbox",
        "manage preferences",
        "accept all",
        "reject all",
        "our standards: the thomson reuters trust principles",
        "ad feedback",
        "jump to recipe",
        "rate this recipe",
        "print recipe",
        "pin recipe",
        "more recipes",
        "sign the guest book",
        "send flowers",
        "share this obituary",
        "plant a tree",
        "view gallery",
        "view the gallery",
        "view full gallery",
        "swipe for more photos",
        "click to enlarge", "click image to enlarge", "click on image to enlarge", "tap to enlarge",
        "tap image to enlarge", "click to expand", "view larger image", "view larger", "expand image",
        "next slide", "previous slide", "next image", "previous image",
        "open gallery",
        "anzeige",
        "werbung",
        "weiterlesen",
        "publicité",
        "publicidad",
        "article réservé aux abonnés",
        "réservé aux abonnés",
        # The page's buttons and paywall in French, German and Spanish.
        "partager", "partager cet article", "lire plus tard", "réagir", "commentaires", "s'abonner",
        "ajouter à vos sélections", "la suite est réservée aux abonnés", "déjà abonné ?", "déjà abonné ? se connecter",
        "teilen", "artikel teilen", "zur startseite", "kommentare", "jetzt abonnieren", "merken", "artikel merken",
        "drucken", "artikel anhören", "vorlesen", "artikel vorlesen", "mehr anzeigen",
        "compartir", "compartir artículo", "comentarios", "guardar", "lee sin límites", "¿ya eres suscriptor?",
        "seguir leyendo", "ver comentarios",
    }
    | {form.format(network) for network in SOCIAL_NETWORKS
       for form in ("partager sur {}", "compartir en {}", "auf {} teilen", "teilen auf {}")}
    | BLOCK_HEADINGS
    | UPDATE_NOTICES
    | set(PICTURE_BUTTONS)
    | CONTACT_HEADINGS
)

# A note that the story goes on past an advertisement, in any order of
# these words ("Advertisement - Continue Reading Below", "Article continues
# after this advertisement", "Weiter nach der Anzeige", "La suite après
# cette publicité"): chrome when every word is one of AD_BREAK_WORDS and
# one names the advertisement (AD_WORDS).  "The ad ran below the article"
# holds other words and stays.
AD_WORDS = frozenset({"advertisement", "advertisements", "advert", "ad", "ads", "anzeige", "werbung", "publicité",
                      "publicidad", "publicidade"})  # fmt: skip
AD_BREAK_WORDS = AD_WORDS | frozenset(
    {
        "story", "article", "content", "continues", "continue", "continued", "reading", "below", "after", "under",
        "this", "the", "an", "scroll", "to", "down", "with", "keep", "text", "-", "–", "—", "·", "|",
        "weiter", "weiterlesen", "nach", "der", "artikel", "wird", "fortgesetzt", "geht", "unter",
        "la", "suite", "après", "cette", "l'article", "se", "poursuit", "sous", "cet",
        "sigue", "leyendo", "después", "de", "el", "artículo", "continúa", "debajo", "noticia", "tras",
    }
)  # fmt: skip
MAX_AD_BREAK_WORDS = 8

# "More from <Section>", "Popular on <Outlet>" head a list of links to
# the section's or the outlet's other articles; the name is at most this
# many words.
NAMED_LIST_LEADS = ("more from ", "more stories from ", "popular on ", "most popular on ", "most read on ")
MAX_SECTION_WORDS = 3

# A listening or reading time, or a video's length ("Listen to this article
# 5 min", "4 min read", "Video duration 01:45"):
# one of these leads, then a duration in these units.
READING_TIME_LEADS = (
    "listen to this article", "listen to this story", "listen", "reading time",
    "read time", "estimated reading time", "video duration", "duration",
    "temps de lecture", "lecture", "lesezeit", "lesedauer", "tiempo de lectura", "lectura",
)  # fmt: skip
DURATION_UNITS = frozenset({"min", "mins", "minute", "minutes", "sec", "secs", "seconds"})
DURATION_TAILS = frozenset({"read", "listen", "reading"})

# Labels of a blog post's filing in a line of its footer ("Posted in
# Community | Tagged allotments, Dunmere | Leave a comment"): each before a
# short list of sections or tags.
POST_META_LABELS = ("posted in ", "filed under ", "filed in ", "tagged ", "tagged with ", "tags: ", "categories: ",
                    "category: ", "topics: ")  # fmt: skip
# The most words of a section or a tag in such a list, and the most parts of such a line.
MAX_TAG_WORDS = 4
MAX_POST_META_PARTS = 6

# Link labels followed by a headline on the same line ("Read more: Headline").
LINK_PREFIXES = (
    "read more:",
    "read also:",
    "also read:",
    "read next:",
    "see also:",
    "related:",
    "more:",
    "watch:",
    "listen:",
    "video:",
    "recommended:",
    "tags:",
    "topics:",
    "related topics:",
    "filed under:",
    "posted in:",
    "tagged:",
    "categories:",
)
# Of those, the labels before a list of tags or sections, which a page may
# write in lower case ("Tags: buses, traffic, Harwick council").
TAG_PREFIXES = ("tags:", "topics:", "related topics:", "filed under:", "posted in:", "tagged:", "categories:")
# The same labels in French, German and Spanish, which only ever lead a link.
_OTHER_LANGUAGE_LINK_PREFIXES = (
    "lesen sie auch:",
    "siehe auch:",
    "mehr zum thema:",
    "lire aussi:",
    "lire aussi :",  # French sets a space before the colon
    "à lire aussi:",
    "à lire aussi :",
    "voir aussi:",
    "voir aussi :",
    "leer más:",
    "lee también:",
    "ver también:",
)
LINK_PREFIXES += _OTHER_LANGUAGE_LINK_PREFIXES
# Of those, the labels that only ever lead a link, so the headline after
# them may open in lower case, as sites writing headlines in sentence case
# set it ("Watch: how the bridge was built"); after "More:" or
# "Recommended:" a lower-case line may be a recipe's or a guide's own text.
SENTENCE_CASE_LINK_PREFIXES = ("read more:", "read also:", "also read:", "read next:", "see also:", "related:",
                               "watch:", "listen:", "video:", *_OTHER_LANGUAGE_LINK_PREFIXES)  # fmt: skip
# The same labels before a bar ("ALSO READ | Headline"), as some sites set them.
LINK_PREFIXES += tuple(dict.fromkeys(prefix.rstrip(" :") + " |" for prefix in LINK_PREFIXES))
SENTENCE_CASE_LINK_PREFIXES += tuple(dict.fromkeys(prefix.rstrip(" :") + " |" for prefix in SENTENCE_CASE_LINK_PREFIXES))

# How the text of a link to more reading opens when a page sets it as a
# paragraph of its own ("Read more about the council's plans", "Read the
# full report here"): chrome as a one-line paragraph after article text
# that does not end like a sentence ("Read more about the plan on page
# four." is the story's pointer, and stays).
LINK_TEXT_OPENINGS = ("read more about ", "read more on ", "read more from ", "read more of ", "read the full ",
                      "read our full ", "read the latest ", "read our latest ", "read all the latest ", "read all our ",
                      "see the full ", "view the full ", "find out more about ")  # fmt: skip
MAX_LINK_TEXT_WORDS = 12
# "Read more Kestle news": the lead, a section's or an outlet's name, maybe one of these.
MORE_READING_LEAD = "read more "
MORE_READING_TAILS = frozenset({"news", "stories", "coverage", "articles", "reports"})

# How a link's text ends when a scrape kept its label for screen readers
# ("Our Standards: The Thomson Reuters Trust Principles., opens new tab"):
# a short line ending so is a link, not prose.
_OPENS = ("opens new tab", "opens in new tab", "opens in a new tab", "opens new window", "opens in new window",
          "opens in a new window")  # fmt: skip
LINK_LABEL_TAILS = tuple(f", {label}" for label in _OPENS) + tuple(f"({label})" for label in _OPENS)

# Lines opening with these are chrome when they stay short (no article
# paragraph opens "Follow us on" and then runs for twenty words).
CHROME_PREFIXES = (
    "follow us on",
    "follow us at",
    "follow our",
    "like us on",
    "sign up for",
    "sign up to",
    "subscribe to",
    "click here to",
    "click here for",
    "download the",
    "download our",
    "join our",
    "get the latest",
    "to continue reading",
    "this article was originally published",
    "this story was originally published",
    "this article first appeared",
    "this story first appeared",
    "this article originally appeared",
    "this story originally appeared",
    "this article is republished from",
    # A note that the text is a translation, or where it ran in print.
    "this article was translated",
    "this article has been translated",
    "this story was translated",
    "this story has been translated",
    "this article is a translation",
    "this article was machine-translated",
    "this article was machine translated",
    "a version of this article appears in print",
    "a version of this article appeared in print",
    "a version of this story appears in print",
    "a version of this story appeared in print",
    "this story was produced in partnership with",
    "this article was produced in partnership with",
    "a post shared by",
    "get our free",
    "get the free",
    "send us a tip",
    "please turn on javascript",
    "please enable javascript",
    "get our daily",
    "get our weekly",
    "get our newsletter",
    "enter your email",
    "sign in to",
    "log in to",
    # The legal line under a sign-up form; "By signing up for the scheme, …" is prose.
    "by signing up, you agree",
    "by signing up you agree",
    "by subscribing, you agree",
    "by subscribing you agree",
    "by registering, you agree",
    "by registering you agree",
    "we use cookies",
    "this site uses cookies",
    "this website uses cookies",
    "by continuing to browse",
    "by continuing to use",
    "share this with",
    "share this article with",
    "share this story with",
    "this article is more than",
    "subscribe now for",
    "subscribe for just",
    "subscribe for only",
    # A paywall's notices and offers, and a newsletter platform's prompts.
    "this article is for subscribers",
    "this story is for subscribers",
    "this content is for subscribers",
    "this article is exclusive to subscribers",
    "this story is exclusive to subscribers",
    "this article is only available to subscribers",
    "this is a subscriber-only",
    "this is a premium article",
    "you've reached your limit",
    "you have reached your limit",
    "you've reached your free article limit",
    "you have reached your free article limit",
    "you've run out of free articles",
    "you have run out of free articles",
    "unlock this article",
    "unlock this story",
    "continue reading with a subscription",
    "subscribe for full access",
    "subscribe for unlimited access",
    "subscribe for free",
    "subscribe to read",
    "enjoy unlimited access",
    "get unlimited access",
    "thank you for supporting",
    "thanks for supporting",
    "discover more from",
    "type your email",
    "upgrade to paid",
    "never miss a story",
    "follow ap's coverage",
    "find more of ap's coverage",
    "find more ap coverage",
    "do you have a story",
    "got a story",
    "got a tip?",
    "have a tip?",
    "please include a contact number",
    "got a news tip",
    "have a news tip",
    "the views expressed in this",
    "the views expressed are",
    "the views expressed here",
    "with inputs from",
    "(with inputs from",
    "sign up:",
    "send your story ideas",
    "send us your story",
    "tag us on",
    "did you make this recipe",
    "suscríbete a",
    "suscríbete para",
    "síguenos en",
    "folgen sie uns auf",
    "suivez-nous sur",
    "vous pouvez partager un article",
    "inscrivez-vous à",
    "abonnez-vous à",
    "zum newsletter anmelden",
    "newsletter abonnieren",
    *CONTACT_PREFIXES,
    "来源：",
    "来源:",
    "责任编辑：",
    "责任编辑:",
    "编辑：",
    "编辑:",
)

# How a notice that a page holds back an embedded post or video until the
# reader consents opens ("This content is hosted by a third party. Please
# accept cookies to view it.", "To view this content, you need to enable
# cookies."), and a cookie banner's own lines ("We and our partners use
# cookies to personalise content."): chrome when the line also names what
# it asks consent for (CONSENT_WORDS), and no clause reports a speaker.
# "To view this content, visitors queue for an hour." names none and stays.
CONSENT_NOTICE_OPENINGS = (
    "this content is hosted by", "this content is provided by", "this content is embedded from",
    "this embedded content", "this external content", "embedded content from", "external content from",
    "to view this content", "to see this content", "to show you this content", "to display this content",
    "to load this content", "to watch this video", "to play this video", "to use this feature",
    "please accept cookies", "please enable cookies", "please allow cookies", "we need your permission",
    "we need your consent", "we and our partners", "our partners use cookies",
)  # fmt: skip
CONSENT_WORDS = ("cookie", "consent", "third party", "third-party", "third parties", "permission", "privacy")
# The buttons of a cookie banner under its notice ("I accept", "Got it"),
# chrome there alone: elsewhere "I agree." may be a line of dialogue.
CONSENT_BUTTONS = frozenset(
    {"i accept", "i agree", "agree", "ok", "okay", "got it", "ok, got it", "yes, i agree", "continue", "reject",
     "decline", "deny", "allow", "more options", "learn more", "options", "settings", "no thanks", "not now"}
)  # fmt: skip
# The longest consent notice of a few sentences, each of them chrome.
MAX_CONSENT_NOTICE_WORDS = 40

# Where a letters page says to send letters ("Letters should be sent to
# letters@example.com"): chrome when an address or the editor follows;
# "Letters should be sent to the council by Friday" is the story's.
LETTER_ADDRESS_OPENINGS = ("letters should be sent to", "letters should be addressed to", "letters can be sent to",
                           "letters can be emailed to", "send letters to")  # fmt: skip
LETTER_ADDRESSEES = ("@", "editor")
# How the rest of a letters page's foot opens, and the buttons under a
# consent notice's text: chrome when short, unless a clause reports a
# speaker, as CHROME_PREFIXES are.
LETTERS_PAGE_OPENINGS = ("send your letters", "email your letters", "write to us at", "letters may be edited",
                         "letters are edited", "letters may be shortened", "letters to the editor should",
                         "to submit a letter", "submit a letter to", "you can use the buttons below")  # fmt: skip

# A call-out: a question to the readers, of at most this many words, then
# an address to write to, after a word of these asking them to ("Have you
# been affected? Email us at …"), in a line of fewer words than
# MAX_CALL_OUT_WORDS.
MAX_CALL_OUT_QUESTION_WORDS = 15
MAX_CALL_OUT_WORDS = 40
CALL_OUT_OPENINGS = frozenset({"email", "e-mail", "contact", "write", "send", "message", "call", "tell", "share",
                               "submit", "upload", "get", "reach", "drop", "text", "you", "please", "let"})  # fmt: skip

# How a call to subscribe opens ("Sign up here.", "Subscribe today."): as the
# last sentence of a short line, it makes the line a plug for a newsletter
# ("The Daily Briefing brings you the news. Sign up here.").
SIGN_UP_CALLS = ("sign up", "subscribe")

# A newsletter's offer of news sent to the reader ("Get the best of the
# Velma Echo straight to your inbox", "Get The Velma Echo's Daily Edition by
# email and never miss our top stories"): a short line opening with a call
# and ending with the reader's inbox or what it will not miss, or with how
# often after the inbox ("… delivered to your inbox every morning").
INBOX_PROMPT_OPENINGS = ("get ", "have ")
INBOX_PROMPT_TAILS = (" to your inbox", " in your inbox", " into your inbox", " by email", " by e-mail",
                      " never miss our top stories", " never miss a story", " never miss a thing")  # fmt: skip
INBOX_PROMPT_TIMES = frozenset({"every", "each", "daily", "weekly", "twice", "once", "free"})
MAX_INBOX_PROMPT_TIME_WORDS = 3

# How a page's note on what it answers for ends, after the outlet's name
# ("The AP is solely responsible for all content.", "The BBC is not
# responsible for the content of external sites.").
RESPONSIBILITY_NOTES = (
    "is solely responsible for all content",
    "is not responsible for the content of external sites",
    "is not responsible for the content of external websites",
    "is not responsible for the content of external internet sites",
)
# What every such note says, as written: a paragraph without it is passed over.
RESPONSIBLE_FOR = "responsible for"
# The longest note (in sentences and words) such a sentence makes chrome
# ("The Associated Press receives support from … The AP is solely
# responsible for all content. Find AP's standards … at AP.org.").
MAX_NOTE_SENTENCES = 4
MAX_NOTE_WORDS = 60
# The most words of an outlet's name in such a note, or in a trial offer.
MAX_OUTLET_WORDS = 4

# An outlet's trial offer opens so ("Try The Gazette free for 1 month").
TRIAL_LEAD = "try "

# How a wire's note naming who helped the reporter opens ("--With assistance
# from Jane Doe."): chrome when only names follow.
ASSISTANCE_LEAD = "with assistance from "

# How a note naming the other reporters of a story ends ("CNN's Marcus
# Feld contributed to this report."): chrome when it names someone.
CONTRIBUTION_TAILS = (
    "contributed to this report",
    "contributed to this story",
    "contributed to this article",
    "contributed reporting",
)

# Who such a note may name instead of a person: the newsroom's own desks
# ("Agencies contributed to this report.", "Staff and wire services …").
CONTRIBUTING_DESKS = frozenset({"agencies", "agency", "news", "wire", "wires", "services", "staff", "reporters",
                                "writers"})  # fmt: skip
# The words that join desks in such a note ("Staff and wire services", "our other reporters").
DESK_JOINERS = frozenset({"and", "&", "our", "other"})

# The most words between "Follow" and "on" in such a line (a name, "the author").
MAX_FOLLOWED_WORDS = 4

# What a page sets around a post it embeds, naming the network: a link to
# skip it and the end of it ("Skip Twitter post by Jane Doe", "End of
# youtube post, 2"), a consent button ("Allow Instagram content?"), a link
# to the post ("View more on X").  With "by", only names may follow.
EMBED_NOTICES = frozenset(
    form.format(network)
    for network in SOCIAL_NETWORKS
    for form in ("skip {} post", "skip past {} post", "end of {} post", "allow {} content", "view more on {}",
                 "see more on {}", "view on {}", "view this post on {}", "view post on {}")
)  # fmt: skip
EMBED_NOTICE_OPENINGS = ("skip ", "end of ", "allow ", "view ", "see more on ")

# Kickers: a section or story label a page sets above the headline
# ("EXCLUSIVE", "WORLD NEWS", "Opinion").  Only as the first line of a
# record with a headline under it; the same word inside the body is a
# subheading and stays.
KICKERS = frozenset(
    {
        "exclusive", "breaking", "breaking news", "opinion", "analysis", "comment",
        "commentary", "editorial", "explainer", "interview", "review", "feature", "live",
        "news", "world", "world news", "uk news", "us news", "local news", "national",
        "international", "politics", "business", "sport", "sports", "culture", "science",
        "technology", "health", "environment", "obituary", "letters", "investigation",
        "special report", "fact check", "perspective", "op-ed", "long read", "the long read",
        "in depth", "podcast", "column", "guest column", "guest essay", "viewpoint",
        "press release", "news release", "media release", "media statement", "for immediate release",
        "immediate release", "crime", "education", "travel", "money", "property",
        "meinung", "kommentar", "analyse", "politik", "wirtschaft", "kultur", "lokales",
        "kommunalpolitik", "panorama", "éditorial", "tribune", "économie", "société",
        "politique", "opinión", "economía", "sociedad", "cultura", "deportes", "nacional",
    }
)  # fmt: skip

# A press release's embargo over its headline opens so, whatever time it
# names ("EMBARGOED UNTIL 00:01 GMT, 7 MARCH 2024"): a kicker too.
KICKER_LEADS = ("embargoed until", "embargoed till", "embargoed to", "embargoed:", "embargo:", "under embargo until",
                "not for release until", "not for release before")  # fmt: skip

# Labels of a note the desk sets over a story ("Editor's note: …",
# "CORRECTION (Oct. 4): …"): article text, but never its headline.
NOTE_LABELS = (
    "editor's note", "editors' note", "editor's notes", "publisher's note", "programming note",
    "correction", "corrections", "clarification", "update", "note",
)  # fmt: skip

# How a note about the author goes on after the author's name, closing the
# story ("Mike Halverson covers county government. Reach him at …"): a
# paragraph opening with the name of the byline and one of these.
AUTHOR_NOTE_VERBS = (
    " covers ", " is a ", " is an ", " is the ", " writes ", " reports on ", " reports for ",
    " has covered ", " can be reached ", " can be contacted ", " is on ",
)  # fmt: skip
MAX_AUTHOR_NOTE_WORDS = 60
# The longest such note closing the page as its last paragraph, an author's
# biography ("Jane Doe is a reporter covering … She joined … in 2019."):
# with no quotation mark, which would be a story's paragraph quoting her.
MAX_AUTHOR_BIO_WORDS = 150
# Headings of a box about the author closing the page ("About the author"
# over "Nadia Brel is the health correspondent …"): the page's, as the
# author's note under it is.
AUTHOR_BOX_HEADINGS = frozenset({"about the author", "about the authors", "about the writer", "about the reporter",
                                 "about the columnist", "about the contributor", "author bio", "author biography"})  # fmt: skip
# The most name words before the verb of such a note ("Nadia Brel" in "Nadia Brel is …").
MAX_AUTHOR_NOTE_NAME_WORDS = 5

# A line that labels the name under it as the author, as press-release
# wires set it ("NEWS PROVIDED BY" over "Helix Biosystems, Inc.").
PROVIDER_LABELS = frozenset({"news provided by", "provided by", "press release from", "issued by"})
MAX_PROVIDER_LABEL_CHARS = max(map(len, PROVIDER_LABELS))

# How a page names who paid for a story or a section ("Sponsored by Harwick
# Motors", "In partnership with The Kestle Trust"): chrome when only names
# follow.  "Sponsored by the local history society, the exhibition …" goes on.
SPONSOR_LEADS = ("sponsored by ", "paid for by ", "presented by ", "brought to you by ", "in partnership with ",
                 "in association with ", "promoted by ")  # fmt: skip

# How a press-release wire names the issuer at the foot of a release
# ("SOURCE Helix Biosystems, Inc."): in capitals, then the name.
WIRE_SOURCE_LEAD = "SOURCE "
# The most words of the names such a wire's line gives (the issuer, the helpers).
MAX_WIRE_NAME_WORDS = 9

# Labels of the fields of a box inside an article (an event's, a match's, a
# funeral's): a "Date:" line next to one of them is one more field, not a
# record's header.
BOX_LABELS = frozenset(
    """time times venue where when location place address tickets ticket price prices cost costs admission entry
    doors contact phone tel email website web info information details organiser organizer host hosts kick-off
    kickoff deadline duration age ages service visitation born died hours registration rsvp""".split()
) | {"opening hours", "start time", "end time"}

# Labels of the fields a scraper writes over an article, one a line with no
# blank line between ("Title: …", "Author: …", "Date: …", "URL: …"), and what
# each gives: a title, a standfirst, the author, the date; an update's time
# gives the date only where no other does, as a dateline does; an "other"
# field (where the page was, how the site filed it) leaves the body for
# ``boilerplate``.  None of them is one of BOX_LABELS.  A site's fenced keys
# read the same (``publishDate``, ``lastmod``; ``date_published`` as
# ``date published``); a key not here (``slug``, ``draft``) is "other" there.
HEAD_FIELD_LABELS = {
    **dict.fromkeys(("title", "headline"), "title"),
    **dict.fromkeys(("subtitle", "subheadline", "sub-headline", "subhead", "standfirst", "summary", "description",
                     "dek", "deck", "strapline"), "subtitle"),
    **dict.fromkeys(("author", "authors", "byline", "by", "writer", "writers"), "author"),
    **dict.fromkeys(("date", "published", "published on", "date published", "publication date", "publish date",
                     "pubdate", "publishdate"), "date"),
    **dict.fromkeys(("source", "publication", "publisher", "outlet", "site", "site name", "url", "link", "permalink",
                     "canonical", "canonical url", "section", "category", "categories", "tags", "keywords",
                     "language", "lang", "id", "article id", "story id"), "other"),
    **dict.fromkeys(("updated", "updated on", "last updated", "modified", "last modified", "date modified",
                     "lastmod"), "updated"),
}  # fmt: skip
MAX_HEAD_LABEL_CHARS = max(map(len, HEAD_FIELD_LABELS))

# Labels of the fields a news database's text export writes around an
# article, in capitals (Nexis: "LENGTH: 523 words", "LOAD-DATE: …") or
# capitalised (Nexis Uni: "Length: 523 words", "Load-Date: …"), and the kind
# of each, as HEAD_FIELD_LABELS has it: a title, a standfirst, an author, or
# "other", which leaves for ``boilerplate``.
EXPORT_FIELD_LABELS = {
    **dict.fromkeys(("headline", "title"), "title"),
    "highlight": "subtitle",
    "byline": "author",
    **dict.fromkeys(("length", "section", "load-date", "language", "publication-type", "document-type", "graphic",
                     "dateline", "url", "body", "edition", "correction-date", "correction", "notes", "series",
                     "type", "classification", "subject", "industry", "geographic", "organization", "company",
                     "person", "ticker", "city", "state", "country", "journal-code", "acc-no", "distribution"),
                    "other"),
}  # fmt: skip
# The export's word count: its label, and the unit after the number ("523 words").
EXPORT_LENGTH_LABEL = "length"
EXPORT_WORD_UNIT = "words"
# Lines alone that head a part of a Nexis Uni article ("Body" over its text,
# "Classification" over its subjects).
EXPORT_PART_HEADINGS = frozenset({"body", "classification"})
# The word naming a paper's edition under its date ("Final Edition", "LATE EDITION").
EDITION_WORD = "edition"
# Languages a Factiva export names on a line of the article's head ("English").
EXPORT_LANGUAGES = frozenset({"english", "french", "german", "spanish", "italian", "portuguese", "dutch", "swedish",
                              "danish", "norwegian", "finnish", "polish", "czech", "russian", "turkish", "greek",
                              "arabic", "hebrew", "chinese", "japanese", "korean", "indonesian", "malay", "hindi",
                              "catalan", "hungarian", "romanian", "ukrainian"})  # fmt: skip

# Labels a page sets before a picture's caption ("Image caption, Voters queue
# …"): the label is chrome, the text after it (or the line under it) a caption.
CAPTION_LABELS = ("image caption", "media caption", "photo caption", "caption")
# Labels a page sets before a picture's source ("Image source, Getty Images"):
# the label is chrome, the name after it the credit of the caption labelled next.
SOURCE_LABELS = ("image source", "media source", "picture source", "photo source")

# Copyright lines open with one of these and carry a year or "all rights reserved".
COPYRIGHT_PREFIXES = ("©", "copyright", "(c)")

# The longest line (in words) a prefix rule may remove.
MAX_CHROME_WORDS = 20

# Agency and credit vocabulary: one of these words inside trailing
# parentheses marks a picture credit rather than an aside of prose.
CREDIT_WORDS = frozenset(
    {
        "ap",
        "afp",
        "ap photo",
        "epa",
        "efe",
        "upi",
        "ani",
        "pti",
        "dpa",
        "xinhua",
        "reuters",
        "getty",
        "gettyimages",
        "images",
        "image",
        "flash90",
        "gpo",
        "idf",
        "photo",
        "photos",
        "photograph",
        "photographer",
        "picture",
        "pictures",
        "pool",
        "handout",
        "supplied",
        "provided",
        "courtesy",
        "credit",
        "screenshot",
        "screengrab",
        "screen",
        "capture",
        "telegram",
        "twitter",
        "x",
        "facebook",
        "instagram",
        "youtube",
        "tiktok",
        "channel",
        "video",
        "file",
        "shutterstock",
        "istock",
        "istockphoto",
        "unsplash",
        "pixabay",
        "pexels",
        "flickr",
        "alamy",
        "wikimedia",
        "commons",
        "sipa",
        "abaca",
        "zuma",
        "anadolu",
        "agency",
        "press",
        "wire",
        "via",
        "illustrative",
        "illustration",
        "social",
        "media",
        "spokesperson",
        "spokesperson's",
        "unit",
        "office",
        "ministry",
    }
)

# Credit words that name a picture's maker, not only an agency.
PICTURE_WORDS = frozenset(
    {"photo", "photos", "photograph", "photographer", "photography", "picture", "pictures", "pic", "pics", "image", "images",
     "getty", "gettyimages", "courtesy", "illustration", "shutterstock", "alamy", "istock", "istockphoto"}
)  # fmt: skip

# Words after which "by" names who gave a picture ("Express Photo by Jithendra
# M", "Provided by Harwick Council"), and the photo libraries a credit names
# after "on" or "from" ("Photo by Jane Doe on Unsplash", "Image by Jane Doe
# from Pixabay").
CREDITED_BY_WORDS = PICTURE_WORDS | {"provided", "supplied", "submitted", "contributed"}
PHOTO_LIBRARIES = frozenset({"unsplash", "pixabay", "pexels", "flickr", "wikimedia", "shutterstock", "istock", "alamy"})

# How a picture's alternative text opens where a scrape kept it as a line
# ("Image: A man walks past the flooded shop", "Photo of the mayor at the
# podium", "May be an image of 2 people and text"): the page's description
# of a picture for readers who cannot see it, not article text.  After a
# label or an automatic "May be …", the description may list with commas;
# after "Photo of", a comma would part the clauses of a sentence.
ALT_TEXT_LABELS = (
    "image: ", "photo: ", "picture: ", "photograph: ", "image description: ", "alt text: ", "alt: ",
    "image may contain: ", "may be an image of ", "may be a photo of ", "may be a picture of ",
)  # fmt: skip
ALT_TEXT_PHRASES = ("image of ", "photo of ", "picture of ", "photograph of ", "an image of ", "a photo of ",
                    "a picture of ", "a photograph of ")  # fmt: skip
ALT_TEXT_LEADS = ALT_TEXT_LABELS + ALT_TEXT_PHRASES
MAX_ALT_TEXT_WORDS = 25

# Words of a note on a picture after a credit's marker, where a name written
# in lower case stands in other credits ("(photo: top left)", "(image: see
# below)", "(photo: the old mill)" against "(photo: jane doe)").
PICTURE_NOTE_WORDS = frozenset(
    """left right top bottom above below centre center middle inset main front back far pictured shown detail
    see page file archive here there this that the a an of to in on at by for from with and or not no""".split()
)  # fmt: skip

# Markers that precede a credit and are not part of it ("Photo: Reuters").
CREDIT_MARKERS = (
    "staff photograph",
    "staff photo",
    "photo credit",
    "image credit",
    "picture credit",
    "file photo",
    "file picture",
    "file image",
    "photo illustration",
    "illustrative photo",
    "illustrative image",
    "illustrative picture",
    "illustrative",  # "(Illustrative: iStock)"
    "crédit photo",
    "photographs",
    "photograph",
    "photos",
    "photo",
    "pictures",
    "picture",
    "pics",
    "pic",
    "images",
    "image",
    "credit",
    "crédit",
    "source",
    "foto",
    "bild",
    "composite",
    "illustration",
    "video still",
    "video",
    "courtesy",  # "Courtesy: Harwick Museum"; "Courtesy of …" keeps its word
)

# Chinese credits: a marker before the source ("图片来源：新华社"), or 摄
# ("photographed by") after the photographer ("新华社记者 张三 摄").
CHINESE_CREDIT_MARKERS = ("图片来源：", "图片来源:", "来源：", "来源:", "图：", "图:", "图/")
CHINESE_PHOTOGRAPHED = "摄"
MAX_CHINESE_CREDIT_CHARS = 30

# A credit that says what the picture is and under which law or permission
# it is used ("Screenshot used in accordance with Clause 27a of the
# Copyright Law", as Israeli outlets credit a frame of broadcast footage):
# one of these words (or two: "Screen capture"), then one of these phrases.
PERMISSION_NOTE_SUBJECTS = frozenset({"screenshot", "screengrab", "screen", "photo", "image", "picture", "video",
                                      "footage", "frame"})  # fmt: skip
PERMISSION_NOTES = ("used in accordance with", "used under license", "used under licence",
                    "used under a creative commons", "used under creative commons", "used under fair use",
                    "used with permission", "used by permission")  # fmt: skip

# The longest credit we accept, in characters and in words.
MAX_CREDIT_CHARS = 80
MAX_CREDIT_WORDS = 10

# Lower-case words allowed inside a personal or agency name.
NAME_PARTICLES = frozenset(
    {
        "de",
        "del",
        "della",
        "der",
        "den",
        "di",
        "da",
        "do",
        "dos",
        "du",
        "la",
        "le",
        "van",
        "von",
        "ben",
        "bin",
        "bint",
        "al",
        "el",
        "ibn",
        "y",
        "of",
        "the",
        "for",
        "in",
    }
)

# Words joining two names in a byline or a credit.
NAME_JOINERS = frozenset({"and", "&", "with"})

# A page's note of when the story changed, as a lead ("This article was
# updated at 4:45 p.m. on Nov. 16, 2023."): a stamp when only a date or a
# time follows it; "This story was updated to include …" is the desk's note.
UPDATE_NOTE_LEADS = tuple(
    f"this {noun} {verb} {done}"
    for noun in ("story", "article", "post", "report")
    for verb in ("was", "has been")
    for done in ("originally published", "first published", "last updated", "updated", "published")
)

# Words that may stand before a byline date ("By Jane Doe | Updated Nov 16, 2023",
# "Par Marie Martin, le 16 novembre 2023"), or before a time alone ("mis à
# jour à 11h02", "aktualisiert um 12:31 Uhr", "actualizado a las 12:31").
# Longer leads come first: the first that opens the text is taken, and what
# follows it may open with another ("First published on Thu 16 Nov 2023").
DATE_LEADS = (
    *UPDATE_NOTE_LEADS, "originally published", "first published", "last published", "last updated", "last modified", "published",
    "updated", "modified", "posted", "mis à jour", "publié", "veröffentlicht", "aktualisiert",
    "publicado", "actualizado", "on", "at", "le", "am", "el", "à", "um", "a las",
)  # fmt: skip

# Leads that make a line a page's timestamp wherever it stands ("Updated at
# 10:04 GMT", "Last updated: 17 November 2023"): the page's furniture, not
# article text.  "on" and "at" alone open prose, so they do not count here.
TIMESTAMP_LEADS = (
    *UPDATE_NOTE_LEADS, "originally published", "first published", "last published", "last updated",
    "last modified", "published", "updated", "modified", "posted", "mis à jour", "publié", "veröffentlicht",
    "aktualisiert", "publicado", "actualizado",
)  # fmt: skip

# A page's timestamp may give an age instead of a date ("Posted 2 hours ago",
# "an hour ago"): a number (or "a", "an"), one of these units, then "ago"; or
# as French, German and Spanish write it, a lead, then the number and the
# unit ("il y a 2 heures", "vor 2 Stunden", "hace 2 horas").  It fills no date.
AGE_UNITS = frozenset(
    {
        "second", "seconds", "sec", "secs", "minute", "minutes", "min", "mins", "hour",
        "hours", "hr", "hrs", "day", "days", "week", "weeks", "month", "months", "year", "years",
        "seconde", "secondes", "heure", "heures", "jour", "jours", "semaine", "semaines", "mois", "an", "ans",
        "sekunde", "sekunden", "minuten", "stunde", "stunden", "tag", "tagen", "woche", "wochen", "monat",
        "monaten", "jahr", "jahren", "segundo", "segundos", "minuto", "minutos", "hora", "horas", "día", "días",
        "dia", "dias", "semana", "semanas", "mes", "meses", "año", "años",
    }
)  # fmt: skip
AGE_LEADS = ("il y a ", "vor ", "hace ")
# Or the day named from today, with the time ("Yesterday at 4:15 PM",
# "hier à 16h15", "gestern um 16:15 Uhr", "ayer a las 16:15").
RELATIVE_DAYS = frozenset({"yesterday", "today", "hier", "aujourd'hui", "aujourd’hui", "gestern", "heute", "ayer",
                           "hoy"})  # fmt: skip
CLOCK_LEADS = ("at ", "à ", "um ", "a las ")

# Newsroom roles a credit tail names before "by" ("Reporting by Jane Doe;
# Editing by John Roe", "Additional reporting by …"), longest first.
NEWSROOM_ROLES = (
    "additional reporting", "additional writing", "additional research", "reporting",
    "writing", "editing", "research", "fact-checking", "graphics", "production",
    "translation", "compiled", "written", "reported", "edited", "produced", "translated",
)  # fmt: skip

# Roles that also open a byline ("Reporting by Jane Doe"): a credit line
# naming only one of them, unbracketed, is a byline and is left to bylines.
BYLINE_ROLES = frozenset({"reporting", "written"})

# Capitalised words that open prose after "By", never a name ("By Monday, …").
NOT_NAMES = frozenset(
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december", "then", "now", "contrast",
        "comparison", "law", "far", "default", "design", "mistake", "chance", "night",
        "day", "the", "this", "that", "these", "those", "doing", "using", "taking",
    }
)

# Verbs that make a clause reported speech ("…, the guide said.", "…, dijo
# el alcalde."): a line opening like chrome with such a clause is prose,
# not a call to action.
REPORTING_VERBS = frozenset(
    {
        "said", "says", "say", "told", "tells", "urged", "urges", "added", "adds",
        "wrote", "writes", "announced", "announces", "warned", "warns", "explained",
        "explains", "asked", "asks", "according", "insisted", "insists", "noted",
        "notes", "recalled", "recalls", "stated", "states", "reported", "reports",
        "argued", "argues", "claimed", "claims", "replied", "replies",
        "dijo", "dice", "afirmó", "explicó", "señaló", "aseguró", "declaró",
        "dit", "déclaré", "indiqué", "expliqué", "affirmé", "estime",
        "sagte", "sagt", "erklärte", "betonte",
    }
)  # fmt: skip

# Words that make "The …" after "By" a newsroom, not prose ("By The Associated Press").
OUTLET_WORDS = frozenset(
    {
        "press", "agency", "news", "newsroom", "staff", "desk", "editorial", "board",
        "times", "post", "herald", "journal", "tribune", "gazette", "telegraph",
        "guardian", "observer", "chronicle", "reporter", "reporters", "correspondent",
        "correspondents", "wire", "service", "ledger", "courier", "dispatch", "register",
        "sentinel", "examiner", "inquirer", "bulletin",
    }
)  # fmt: skip

# News agencies as bylines and captions name them, by a name or initials that
# no newsroom word tells ("Jane Doe, Reuters" and "Jane Doe, AP" over the
# date, "… last month (PA)" closing a caption written twice).
WIRE_SERVICES = frozenset(
    """reuters ap afp upi dpa efe ansa xinhua pti ani ians kyodo yonhap tass pa aap cp bloomberg anadolu bernama
    antara""".split()
)  # fmt: skip

# Jobs that close a title after a byline's names ("Jane Doe, Science
# Correspondent"): the title leaves the author, the names stay.
JOB_TITLES = frozenset(
    {
        "correspondent", "correspondents", "editor", "editors", "reporter", "reporters",
        "writer", "writers", "columnist", "columnists", "journalist", "journalists",
        "critic", "analyst", "contributor", "contributors", "producer", "chief",
        "photographer", "anchor", "presenter", "commentator",
    }
)  # fmt: skip

# Words that stand before a newsroom job in a title ("Senior Political
# Correspondent", "Staff Writer"): printed in title case after the names with
# no mark between (``Jane Doe Staff Writer``), they tell where the job starts.
JOB_QUALIFIERS = frozenset(
    {
        "staff", "senior", "chief", "deputy", "associate", "assistant", "contributing", "managing",
        "executive", "special", "general", "national", "international", "foreign", "political",
        "politics", "parliamentary", "diplomatic", "business", "economics", "economy", "finance",
        "financial", "markets", "consumer", "science", "health", "medical", "education", "environment",
        "environmental", "climate", "energy", "crime", "courts", "legal", "security", "defence",
        "defense", "transport", "transportation", "technology", "tech", "data", "digital",
        "investigative", "news", "local", "city", "metro", "features", "opinion", "sports", "sport",
        "arts", "culture", "entertainment", "music", "film", "television", "media", "travel", "food",
        "fashion", "property", "religion", "social", "affairs", "community", "breaking",
    }
)  # fmt: skip

# Letters a place line may close in after its comma ("New York, USA", "Abu
# Dhabi, UAE", "State College, PA"): a country's, a city's or a state's,
# written in capitals as a newsroom's initials are (PA Media's), so over a
# date they name where, not who.
PLACE_INITIALS = frozenset(
    "USA UAE DRC PRC ROC ROK DPRK KSA NYC SAR RSA UAR USSR NSW QLD VIC TAS ACT WA SA NT NZ PA".split()
)
# Words that make capitalised words a place's name, not a person's: the
# first word of many ("New York", "San Diego", "Port Velma", "North
# Harwick", "Hong Kong") or the last ("Mexico City", "Palm Springs",
# "Harwick County").  Over a date, such words say where, not who; words
# that open or close people's names as well (Lake Bell, Rio Ferdinand,
# Michael Bay, Christopher Beach) are left out, so Tampa Bay there still
# reads as a name.
PLACE_FIRST_WORDS = frozenset(
    """new los las san santa santo são sao saint st st. ste fort port mount mt mt. north south east west
    northern southern eastern western upper lower greater central united hong tel abu kuala buenos addis phnom sri
    costa puerto saudi baton cape palm salt""".split()
)  # fmt: skip
PLACE_LAST_WORDS = frozenset(
    """city town county borough village springs falls heights island islands valley harbour harbor
    coast province region district territory republic kingdom states emirates""".split()
)  # fmt: skip

# A publishing system's accounts a page may print in place of the author's
# name ("Posted on November 16, 2023 by admin"); those naming a desk too
# ("staff", "editor") count only in lower case, as the system prints them.
SITE_ACCOUNTS = frozenset(
    {
        "admin", "administrator", "webmaster", "editor", "editors", "staff", "newsroom", "newsdesk",
        "news desk", "web desk", "web team", "webteam", "siteadmin", "site admin", "wpadmin", "root",
        "user", "guest", "author", "publisher", "moderator", "content team",
    }
)  # fmt: skip

# The most words of a job title standing on its own line under a byline.
MAX_JOB_TITLE_WORDS = 5

# The most words a byline's name part may hold.
MAX_BYLINE_WORDS = 14
