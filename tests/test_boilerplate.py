"""Site chrome leaves by whole line; prose that mentions the same words stays."""

import os
import tempfile
import unittest

from newsarchive.boilerplate import (
    heads_a_post,
    is_boilerplate,
    is_live_stamp,
    is_time_alone,
    is_wire_slug,
    load_phrases,
    strip_boilerplate,
)
from newsarchive.text import clean

CHROME = [
    "Our Standards: The Newswire Trust Principles., opens new tab",
    "Sign up for alerts (opens in a new tab)",
    "Most Popular",
    "read more:",
    "Read More",
    "READ MORE »",
    "Advertisement",
    "ADVERTISEMENT",
    "Share this article",
    "Share this article:",
    "Sign up for our newsletter",
    "Sign up for our daily newsletter to get the news first",
    "Follow us on Twitter and Facebook",
    "Follow us on Telegram.",
    "© 2023 The Daily Example. All rights reserved.",
    "Copyright 2023 Example Media Ltd",
    "Copyright © Example Media",
    "COPYRIGHT EXAMPLE MEDIA 2023",
    "(c) 2023 Example Media",
    "Copyright 2023 Velma Echo. All rights reserved.",
    "Copyright © 2023 by Velma Echo Media",
    "Copyright 2023 the Velma Echo Company",
    "Copyright 2023 Example Media Inc. All rights reserved. This material may not be published.",
    "Follow us on Twitter, Facebook and Instagram.",
    "All rights reserved.",
    "Related:",
    "Related: Minister resigns after vote",
    "Read more: Minister resigns after vote",
    "Watch: how the new bridge over the river was built",
    "Listen: the mayor explains the parks plan",
    "READ MORE | why the harvest came early this year",
    "• Advertisement",
    "You may also like",
    "Story continues below advertisement",
    "Don’t miss",
    "Share on X",
    "Share via WhatsApp",
    "SHARE BY SMS",
    "Share to Pinterest",
    "Sign up",
    "Copy link",
    # Chrome with a comma but no speaker stays chrome.
    "Follow us on Twitter, and like us on Facebook.",
    "Sign up for our newsletter, it's free.",
    "Download the app, available on iOS and Android.",
    "- Advertisement -",
    "ADVERTISEMENT - SCROLL TO CONTINUE",
    "Story continues below",
    "Continue reading the main story",
    "Most Read Stories",
    "Get our free newsletter delivered every morning",
    "Newsletter sign-up",
    "Enter your email address",
    "This article was originally published on The Conversation.",
    "We use cookies to improve your experience. By continuing to browse, you agree to our use of cookies.",
    "Accept all cookies",
    "Manage cookie preferences",
    "Follow Jane Doe on Twitter",
    "Follow Zoë O'Neill on Bluesky: @zoe.bsky.social",
    "Follow the author on X @janedoe",
    "Follow @janedoe on Twitter and Instagram",
    "Skip to main content",
    "Listen to this article 5 min",
    "Listen to this article · 5 mins",
    "Listen 05:32",
    "4 min read",
    "Reading time: 3 minutes",
    "More from this section",
    "More from News",
    "More from Jane Doe",
    "Explore more on these topics",
    "Lire aussi",
    "Mehr zum Thema",
    "Lee también",
    "This article is more than 1 year old",
    "Share this with Facebook Twitter Email",
    "Tags: Energy, Climate, Northport",
    "Topics: Farming",
    "来源：新华网",
    "责任编辑：张三",
    "Menu",
    "Home > News > Business",
    "Home › Sport",
    "News / World / Europe",
    "Comments (3)",
    "214 comments",
    "1 of 8",
    "Image 3 of 12",
    "Item 1 of 2",
    "Purchase Licensing Rights",
    "Acquire Licensing Rights, opens new tab",
    "Key events",
    "Show key events only",
    "Print this page",
    "Log in to comment",
    "Share or comment on this article:",
    "The comments below have not been moderated.",
    "Subscribe now for just 99 cents",
    "Manage preferences",
    "Accept all",
    "ALSO READ | Stubble burning cases in Punjab drop 40% this year",
    "Follow AP's coverage of the war in Ukraine at https://apnews.com/hub/russia-ukraine",
    "Our Standards: The Thomson Reuters Trust Principles.",
    "Do you have a story? Email tips@example.com",
    "The views expressed are the author's own.",
    "Advertisement · Scroll to continue",
    "Ad Feedback",
    "Related article",
    "Jump to recipe",
    "Rate this recipe",
    "Sign the Guest Book",
    "Send Flowers",
    "Share this obituary",
    "View gallery",
    "Swipe for more photos",
    "Anzeige",
    "Werbung",
    "Publicité",
    "Publicidad",
    "Article réservé aux abonnés",
    "Lesen Sie auch: Marode Brücken – wie steht es um die Infrastruktur?",
    "Lire aussi : Les librairies indépendantes face à la hausse des loyers",
    "Lire aussi | Les librairies indépendantes face à la hausse des loyers",
    "Leer más: El comercio pide ayudas para afrontar las obras",
    "Suscríbete a nuestra newsletter",
    "Inscrivez-vous à notre newsletter",
    "Zum Newsletter anmelden",
    "(With inputs from PTI)",
    "With inputs from agencies",
    "SIGN UP: Get the free morning newsletter delivered to your inbox. Click here to subscribe.",
    "Follow BBC Corvell on Facebook, X and Instagram. Send your story ideas to corvell@example.com.",
    "Did you make this recipe? Tag us on Instagram @thekitchentable",
    "CNN's Marcus Feld contributed to this report.",
    "Associated Press writers Jane Doe and John Roe contributed to this report.",
    "Agencies contributed to this report.",
    "Staff and wire services contributed to this report.",
    "Jane Doe contributed reporting.",
    # A plug for a newsletter, closed by a call to subscribe.
    "The Harbour Morning newsletter brings you all the news you need to start your day. Sign up here.",
    "Sign up here.",
    "Want the latest news from Orrin Bay? Sign up for our newsletter here.",
    "Support local journalism. Subscribe today.",
    # Notes, offers and notices of the page.
    "The Associated Press receives support from the Corran Trust for its coverage of rivers. "
    "The AP is solely responsible for all content.",
    "The Associated Press receives support from the Corran Trust for coverage of water and farming policy. "
    "The AP is solely responsible for all content. Find AP's standards for working with philanthropies at AP.org.",
    "The BBC is not responsible for the content of external sites.",
    "Read about our approach to external linking.",
    "Get the free Harbour Headlines email for news from our reporters across the region",
    "Try The Harwick Gazette free for 1 month",
    "Try The Harwick Gazette for free",
    "Already a subscriber? Log in",
    "Support the Guardian",
    "Send us a tip",
    "Please turn on JavaScript to use this feature",
    "Pinned",
    # A release's end marks and contacts.
    "- ENDS -",
    "ENDS",
    "-30-",
    "– 30 –",
    "Media contact:",
    "Media contact: Leona Fisk, 555-0100",
    "To contact the reporter on this story:",
    "--With assistance from Teodor Haas.",
    "With assistance from Ines Carrow and Bryn Tallow.",
    "This article was translated from Spanish.",
    "Translated from the German by Ines Marlow.",
    "A version of this article appears in print on November 17, 2023, Section A, Page 4.",
]

PROSE = [
    "Readers who want to read more can find the full report online.",
    "Read more about the plan on page four.",
    "Read more: the minister said the plan was final.",
    "Watch: the council said the vote would come in May.",
    "Recommended: two cups of flour and a pinch of salt",
    "More: a second helping for those who want it",
    "Copyright law in the union has changed over the past decade, experts say.",
    "The most popular party won the vote.",
    "Share prices fell on Monday.",
    "Share via WhatsApp groups spread the rumour.",
    "Share with friends",
    "Advertisement revenue fell by a third last year, the company said in its report.",
    "Related reports from the region suggested the talks had stalled.",
    "Follow-up talks are planned for next month.",
    "Copyright infringement claims rose sharply in 2022, according to the trade body.",
    "Copyright Office figures for 2021 show a similar rise, the report added.",
    "Copyright 2023 figures show that the deficit has grown by a third.",
    "Copyright © 2023 rulings went against the labels.",
    "(c) the label must keep its records for 2024 and later years, the judges wrote.",
    "Follow us on this journey, the guide told the group as they set off.",
    "Join our volunteers, the rescue service urged residents on Monday.",
    "Sign up for first-aid courses opened on Monday, the service said.",
    "Follow the money on Wall Street and you find the same names.",
    "Follow the team on their journey across the Andes this winter.",
    "Follow them on Facebook, the mayor urged residents.",
    "Translated from Latin by monks in the 12th century, the text survives.",
    "This article was translated into 12 languages, the agency said.",
    "We use cookies to track which loaves sell best, the bakery's owner said.",
    "Story continues to unfold in the capital, where crowds gathered again.",
    "5 minutes later the doors opened.",
    "Listen to this article 5 minutes before you vote, the mayor said.",
    "More from the survey later.",
    "More from News Corp is expected at its meeting in June.",
    "This article is more than a summary of the report, its author said.",
    "Tags on the luggage showed it had come from Lisbon.",
    "The new museum opens new tab-free galleries on Friday.",
    "The museum opens new tab.",
    "编辑部表示，新线路将于周四开通。",
    "Home is where the heart is, the mayor said.",
    "Search teams found the boat on Monday.",
    "1 of 8 people surveyed said they would move.",
    "Comments made by the minister drew criticism.",
    "Prices > costs > profits, as the chart shows",
    "London / Paris / Berlin all voted for it",
    "Residents contributed to this report.",
    "Staff at the hospital contributed to this report.",
    "More than 200 scientists contributed to this report, the agency said.",
    "Follow us on Twitter, the mayor urged. Send your ideas to the council.",
    "The council met. Send your story ideas to the paper, it said.",
    "Anzeige erstattet: Die Polizei ermittelt gegen den Fahrer.",
    "Lire aussi les conclusions du rapport, publié en mars.",
    "Do you have a story that explains the rise, the judge asked the witness.",
    "The views expressed by the panel differed sharply on Monday from those of its chair.",
    "Residents signed up here last year.",
    "More than 300 residents have signed up. Sign-ups close on Friday.",
    "The club meets on Tuesdays. Subscribe to its newsletter, the secretary urged members.",
    "The club meets on Tuesdays. Sign up here, the secretary told members.",
    "Under the contract, he is solely responsible for all content.",
    "The council is responsible for the roads. It said so on Monday.",
    "Try the soup, free with every main.",
    "Try the soup free for a week.",
    "Get the free flu jab at any pharmacy, the health board urged residents.",
    "Pinned to the wall was a map of the town.",
    "30",
    "- 30",
    "The council said ENDS of streets would be closed.",
    "Contact with the crew was lost at 3am.",
    "Contact: the two sides met again on Monday, officials said.",
    "With assistance from the army, the town rebuilt its bridge.",
    "With assistance from Canada, Ukraine rebuilt the bridge.",
]

# What a page sets around a post it embeds: chrome, while the post's own text stays.
EMBED_NOTICES = [
    "Skip twitter post by Ewan Pryce",
    "Skip past Instagram post",
    "End of twitter post by Ewan Pryce",
    "End of youtube post, 1",
    "Skip youtube post, 1 by Gwynedd Council",
    "Allow Twitter content?",
    "View more on X",
    "See more on Threads",
    "View on Instagram",
    "View this post on Instagram",
    "View this post on TikTok",
    "Accept and continue",
    "— Gwynedd Fire (@GwyneddFire) 16 November 2023",
    "— Ewan Pryce (@ewan.bsky.social) 16 Nov 2023 at 21:04",
    "— Jade Oduya (@jadeoduya) March 14, 2024 at 9:15 PM",
]
EMBED_PROSE = [
    "View more on X as the story develops, the council told residents.",
    "Skip the Twitter post and read the statement instead.",
    "End of an era for the village post office.",
    "Allow Twitter content to be checked first, the committee urged.",
    "End of twitter post by the minister prompted fresh calls for calm.",
    "— Gwynedd Fire said on 16 November 2023 that crews were on their way.",
]

# A note that the story goes on past an advertisement, in any words of the kind.
AD_BREAKS = [
    "Advertisement - Continue Reading Below",
    "Story continues after advertisement",
    "Article continues after this advertisement",
    "Continue reading below the advertisement",
    "Advertisement · Scroll down to continue reading",
    "Weiter nach der Anzeige",
    "Artikel wird nach der Anzeige fortgesetzt",
    "La suite après cette publicité",
    "El artículo continúa después de la publicidad",
]
AD_BREAK_PROSE = [
    "The ad ran below the article.",
    "Advertisement revenue continues to fall.",
    "Ads continue below the story on the authority's website, a spokesperson said.",
]

# A question to the readers, then an address and a word asking them to write.
CALL_OUTS = [
    "Do you have photos or video of the storm damage? Email them to news@harwickherald.example.",
    "Got a tip? Send it to tips@harwickherald.example or call 555-0142.",
    "Have you been affected by the changes? You can get in touch by emailing haveyoursay@example.co.uk.",
    "Know something we should investigate? Contact us at tips@example.com.",
    "Want to share your story? Email stories@example.co.uk",
    "Do you have information about this story? Email jane.cole@kestlecourier.example, or use Signal or "
    "WhatsApp to message +44 7700 900000 from a non-work phone.",
    "Got a tip?",
    "Please include a contact number if you are willing to speak to a journalist.",
]
CALL_OUT_PROSE = [
    '"Who sent this?" one mother asked, holding up an email from timetables@kestlebus.example.',
    "Where did the money go? Investigators traced it to an account at info@shell.example.",
    "Q: Where do I send the form? A: Email forms@county.example by Friday.",
    "Got a tip from a neighbour, police searched the house on Monday.",
    "Who decided this? Residents were told at the meeting to email consultation@harwick.example.",
    "Why did the council wait so long to act, when residents had raised the alarm months before? "
    "Its leader would not say, and emails to press@council.example went unanswered.",
]

# A paywall's notices and offers, and a newsletter platform's prompts.
PAYWALL_NOTICES = [
    "This article is for subscribers only.",
    "This story is exclusive to subscribers",
    "You've reached your limit of free articles this month.",
    "You have run out of free articles",
    "Unlock this article for just $1",
    "Continue reading with a subscription",
    "Subscribe for full access",
    "This is a subscriber-only story. Thank you for supporting local journalism.",
    "Enjoy unlimited access to local news. Subscribe today.",
    "Thanks for reading The Harwick Letter! Subscribe for free to receive new posts and support my work.",
    "Discover more from The Harwick Letter",
    "Type your email...",
    "Member-only story",
    "Share full article",
    "Get the best of the Velma Echo straight to your inbox",
    "Get breaking news alerts sent to your inbox.",
    "Have the news delivered to your inbox",
    "Get the best of the Kestle Courier delivered to your inbox every morning.",
    "Get the headlines in your inbox daily",
    # A sign-up form kept as text: the offer, its fields and button, its legal line.
    "Get The Velma Echo's Daily Edition by email and never miss our top stories",
    "Get our morning briefing by email",
    "Newsletter email address",
    "Email address",
    "Get it",
    "Sign me up",
    "By signing up, you agree to the terms",
    "By subscribing you agree to our Privacy Policy.",
    # A reader-support appeal's buttons.
    "Already a member? Sign in to stop seeing this",
    "Become a member",
    "Donate now",
    "Support us",
]
PAYWALL_PROSE = [
    '"Thank you for supporting us all these years," the head librarian told readers on Monday.',
    "Thank you for supporting us, the coach told fans after the match.",
    "You have reached your limit, the council's finance chief told members, and the cuts cannot wait.",
    "Subscribers only pay once a year under the new plan.",
    "Get ready for a flood of fake invoices in your inbox, the bank warned customers.",
    "Scammers get their messages into your inbox by copying a bank's logo.",
    "Get fake invoices in your inbox every day, the bank warned customers.",
    "Get ready for letters in your inbox everywhere you look",
    "Get the bills to your inbox every month and pay them by the end of the week",
    "Get the council to send the bills to your inbox, and you save the stamp, officials said on Monday.",
    "By signing up for the scheme, residents cut their bills by a fifth.",
    "By subscribing early, fans saved money on season tickets, the club said.",
    "Get it done by Friday, the mayor told the contractors.",
    "Donate your old coats to the shelter, the charity urged.",
    "Become a member of the club and you get free parking, the mayor said.",
    "Sign in to the portal opened at nine, and queues formed, the council said.",
    "Parents get the results by email and never miss a deadline, the school said on Monday.",
]

# A video player's buttons, length and links, a live page's counters.
PLAYER_CHROME = [
    "Play", "Pause", "Mute", "Fullscreen", "Click to play video", "Load more", "Show 4 more posts",
    "Read 142 comments", "View all 12 comments", "Video duration 01:45", "Duration: 2:14",
    "Video: Counting under way at the Kestle leisure centre", "VIDEO | Horse rescued from icy water",
]  # fmt: skip
PLAYER_PROSE = [
    "Play resumed at the count after a fire alarm, officials said.",
    "Video: that one word covers everything from clips to films, Holt noted.",
    "Video: Reuters",  # a credit under a caption, not a link
    "Show 4 more posts before the deadline, the editor told staff.",
    "Duration of the works: two years.",
]
# A newsletter platform's and a blog's counts of reactions, a player's
# length in minutes and seconds, and its note that a machine reads aloud.
REACTION_COUNTS = [
    "12 Likes", "3 Restacks", "42 claps", "1.2K claps", "Comments: 12", "Share this post",
    "Listen to this article · 12:41 min", "Audio is generated by AI.", "Listen to this story", "120 Followers",
    "View comments (23)", "Pledge your support", "Discussion about this post", "A+ A-", "Email this story",
    "3 responses", "1 Response", "12 Comments",
]  # fmt: skip
REACTION_PROSE = [
    "The post got 12 likes before it was taken down, the council said.",
    "1,204 votes",  # a row of an election's results
    "12 claps of thunder woke the town before dawn.",
    "Audio is generated by AI in the new studio, its owner said.",
    "Listen to this story of a town that lost its pier.",
    "The survey drew 1,204 responses from parents.",
    "Responses",  # a table's heading
]
# A notice holding back an embedded post until the reader consents, and a
# cookie banner's lines: they name what they ask consent for.
CONSENT_NOTICES = [
    "This content is hosted by a third party. Please accept cookies to view it.",
    "To view this content, you need to enable cookies.",
    "We and our partners use cookies to personalise content and ads.",
    "This content is provided by Vidwell, which may be using cookies and other technologies. To show you this "
    "content, we need your permission to use cookies. You can use the buttons below to accept or reject.",
    "Allow all cookies",
    "Manage my cookies",
    "Do not sell or share my personal information",
]
CONSENT_PROSE = [
    "To view this content, visitors queue for an hour.",
    "To view this content, visitors must accept the museum's privacy rules, the director said.",
    "The bakery's cookies sold out by noon, and the owner said she would bake twice as many on Saturday.",
    "By clicking accept, users agreed to share data with third parties, the regulator found.",
    "You need to enable third-party cookies in your browser settings.",
    "We and our partners in the valley have planted 2,000 trees since the spring.",
    "The site uses cookies to track visitors, the regulator found. It fined the company £2m. "
    "Its owners said they would appeal against the ruling.",
    "I agree",
    "Got it",
]
# A letters page's foot, and what a page sets around its comment form.
LETTERS_AND_COMMENT_CHROME = [
    "Have your say? Letters should be sent to letters@example.com",
    "Write to us at letters@example.com. Letters may be edited for length.",
    "Send your letters to: The Editor, Harwick Gazette, 1 Quay Street, Harwick",
    "Letters should be addressed to the Editor and include a daytime phone number",
    "Join the debate in the comments below",
    "Leave a Reply",
    "Cancel reply",
    "Your email address will not be published. Required fields are marked *",
    "You must be logged in to post a comment.",
    "Like Loading...",
    "Like this:",  # a blog's share widget's, over its like button
]
LETTERS_PROSE = [
    "Have your say at the meeting on Tuesday, residents were told.",
    "Have your say at the meeting on Tuesday.",
    "Letters should be sent to the council by Friday.",
    "Letters to the editor have doubled this year.",
    "Letters to Santa should be sent to the post office on Quay Street.",
    "Join the debate on Thursday at the town hall.",
    "Send your letters to the council, the campaign urged.",
    "Like this, the town carried on.",
    "It went something like this:",
]
# Where a blog or a page filed the post: a label over a short list of
# sections or tags, also between bars with other chrome.
FILING_LINES = [
    "Filed under: Politics, Health",
    "Posted in: Community",
    "Posted in Community | Tagged allotments, Dunmere | Leave a comment",
    "Posted in Community, News | 3 Comments",
    "Share | Tweet | Email",
    "Print this article | Email this article",
    "12 Likes · 3 Restacks",
    "Tags: buses, traffic, Harwick council",
    "Topics: transport",
    "Categories: News, Local",
]
FILING_PROSE = [
    "Labour | 120 | +10",
    "Home | 2 | 1",
    "Posted in error | The council apologised",
    "Filed under: the council has not yet decided what to do.",
    "Posted in Community halls across the county, the notices drew crowds.",
    "Posted in: the hall, the library and the school.",
    "Tags: none were found.",
    "Tags: the council said it would not comment on the tags",
    "16 November 2023 · 4 min read",
]
# Where the page stands in its site, and who paid for it.
TRAIL_AND_SPONSOR_LINES = [
    "You are here: Home » News » Local", "You are here: Home", "Sponsored by Harwick Motors",
    "In partnership with The Kestle Trust", "Presented by Jane Doe and John Roe",
]  # fmt: skip
TRAIL_AND_SPONSOR_PROSE = [
    "You are here: the town square, where it all began.",
    "Sponsored by the local history society, the exhibition runs until June.",
    "Brought to you by the letter B",
    "Paid for by the council",
]

# A gallery's buttons, and a content-recommendation widget's headings.
GALLERY_AND_WIDGET_CHROME = [
    "Click to enlarge", "Click image to enlarge", "Tap to enlarge", "Next slide", "Previous slide",
    "View larger image", "Promoted Stories", "Around the web", "Paid Content", "Sponsored Stories",
]  # fmt: skip
GALLERY_AND_WIDGET_PROSE = [
    "Click to enlarge the map, the council's website tells visitors.",
    "Around the web of streets, the market stalls were packed.",
    "Next slide came the budget figures, which drew gasps.",
    "Paid content is growing fastest, the report found.",
]
# A time alone in its paragraph: a live page's stamp or a player's length.
TIMES_ALONE = ["10.04 GMT", "02:14", "1:02:14", "10:04am", "9.30pm BST"]
NOT_TIMES_ALONE = ["12.50", "2023", "3-1", "No. 10", "10:04 Council meets"]
# A live page's stamp over a post: a time, how long ago, or both.
LIVE_STAMPS = ["10:42 GMT", "2h ago", "15m ago", "2h ago 14:05", "3 hours ago · 13:10"]
NOT_LIVE_STAMPS = ["2 hours ago the doors opened", "2h ago 14:05 the doors opened", "20 years ago", "10 ago",
                   "3 hours ago"]  # an age in words alone: the head's dateline, read with the name above it

# Notices that the page changed or will change, saying nothing of what changed.
UPDATE_NOTICES = [
    "This story has been updated.",
    "This article has been updated with additional information.",
    "This is a developing story and will be updated as more information becomes available.",
    "This is a developing story. Check back for updates.",
    "This story will be updated.",
    "Check back for updates.",
]
UPDATE_NOTES_OF_THE_STORY = [
    "This story has been updated to include the correct hospital name.",
    "Correction: An earlier version of this story misstated the hospital's name.",
    "The report was updated in March to include figures for 2022.",
    "This story will be updated in next year's edition of the guide, the author said.",
]

# The page's buttons, reading times, paywall and agency notes in French, German and Spanish.
OTHER_LANGUAGE_CHROME = [
    "Partager", "Partager sur Facebook", "Lire plus tard", "Temps de lecture : 3 min.", "Lecture 3 min.",
    "Le Monde avec AFP", "Franceinfo avec AFP et Reuters", "Déjà abonné ? Se connecter",
    "Artikel teilen", "Auf X teilen", "Lesezeit: 3 Min.", "Zur Startseite", "Jetzt abonnieren",
    "Folgen Sie uns auf Facebook und Instagram.",
    "Compartir en WhatsApp", "Tiempo de lectura: 2 min", "Suscríbete para seguir leyendo", "Síguenos en X",
]  # fmt: skip
OTHER_LANGUAGE_PROSE = [
    "Elle a parlé avec AFP de son départ.",
    "Le ministre avec AFP.",
    "La lecture des comptes reste difficile, selon la Cour des comptes.",
    "Teilen Sie uns Ihre Meinung mit.",
    "Compartir es vivir.",
    "Síguenos en Instagram, dijo el alcalde a los vecinos.",
    "Suivez-nous sur cette route, a dit le guide.",
]


class BoilerplateLineTest(unittest.TestCase):
    def test_site_chrome_lines_are_boilerplate(self):
        for line in CHROME:
            with self.subTest(line=line):
                self.assertTrue(is_boilerplate(line, frozenset({"don't miss"})))

    def test_prose_mentioning_chrome_words_stays(self):
        for line in PROSE:
            with self.subTest(line=line):
                self.assertFalse(is_boilerplate(line))


    def test_notices_around_an_embedded_post_are_boilerplate(self):
        for line in EMBED_NOTICES:
            with self.subTest(line=line):
                self.assertTrue(is_boilerplate(line))

    def test_prose_naming_a_network_or_a_post_stays(self):
        for line in EMBED_PROSE:
            with self.subTest(line=line):
                self.assertFalse(is_boilerplate(line))


    def test_a_note_that_the_story_goes_on_past_an_advertisement_is_boilerplate(self):
        for line in AD_BREAKS:
            with self.subTest(line=line):
                self.assertTrue(is_boilerplate(line))

    def test_prose_about_advertisements_stays(self):
        for line in AD_BREAK_PROSE:
            with self.subTest(line=line):
                self.assertFalse(is_boilerplate(line))


    def test_a_call_out_to_readers_is_boilerplate(self):
        for line in CALL_OUTS:
            with self.subTest(line=line):
                self.assertTrue(is_boilerplate(line))

    def test_a_question_of_the_story_naming_an_address_stays(self):
        for line in CALL_OUT_PROSE:
            with self.subTest(line=line):
                self.assertFalse(is_boilerplate(line))


    def test_paywall_notices_and_newsletter_prompts_are_boilerplate(self):
        for line in PAYWALL_NOTICES:
            with self.subTest(line=line):
                self.assertTrue(is_boilerplate(line))

    def test_prose_thanking_or_limiting_readers_stays(self):
        for line in PAYWALL_PROSE:
            with self.subTest(line=line):
                self.assertFalse(is_boilerplate(line))


    def test_player_buttons_lengths_and_video_links_are_boilerplate(self):
        for line in PLAYER_CHROME:
            with self.subTest(line=line):
                self.assertTrue(is_boilerplate(line))

    def test_prose_opening_like_a_player_and_a_video_credit_stay(self):
        for line in PLAYER_PROSE:
            with self.subTest(line=line):
                self.assertFalse(is_boilerplate(line))

    def test_reaction_counts_and_a_players_notes_are_boilerplate(self):
        for line in REACTION_COUNTS:
            with self.subTest(line=line):
                self.assertTrue(is_boilerplate(line))

    def test_prose_counting_likes_or_telling_of_audio_stays(self):
        for line in REACTION_PROSE:
            with self.subTest(line=line):
                self.assertFalse(is_boilerplate(line))

    def test_consent_notices_and_cookie_banner_lines_are_boilerplate(self):
        for line in CONSENT_NOTICES:
            with self.subTest(line=line):
                self.assertTrue(is_boilerplate(line))

    def test_prose_about_cookies_consent_or_content_stays(self):
        for line in CONSENT_PROSE:
            with self.subTest(line=line):
                self.assertFalse(is_boilerplate(line))

    def test_a_letters_pages_foot_and_a_comment_form_are_boilerplate(self):
        for line in LETTERS_AND_COMMENT_CHROME:
            with self.subTest(line=line):
                self.assertTrue(is_boilerplate(line))

    def test_prose_about_letters_debates_and_having_a_say_stays(self):
        for line in LETTERS_PROSE:
            with self.subTest(line=line):
                self.assertFalse(is_boilerplate(line))

    def test_where_a_post_was_filed_is_boilerplate(self):
        for line in FILING_LINES:
            with self.subTest(line=line):
                self.assertTrue(is_boilerplate(line))

    def test_table_rows_and_prose_opening_like_a_filing_stay(self):
        for line in FILING_PROSE:
            with self.subTest(line=line):
                self.assertFalse(is_boilerplate(line))

    def test_a_labelled_breadcrumb_and_a_sponsors_name_are_boilerplate(self):
        for line in TRAIL_AND_SPONSOR_LINES:
            with self.subTest(line=line):
                self.assertTrue(is_boilerplate(line))

    def test_prose_opening_like_a_breadcrumb_or_a_sponsor_stays(self):
        for line in TRAIL_AND_SPONSOR_PROSE:
            with self.subTest(line=line):
                self.assertFalse(is_boilerplate(line))

    def test_gallery_buttons_and_widget_headings_are_boilerplate(self):
        for line in GALLERY_AND_WIDGET_CHROME:
            with self.subTest(line=line):
                self.assertTrue(is_boilerplate(line))

    def test_prose_opening_like_a_gallery_button_or_a_widget_stays(self):
        for line in GALLERY_AND_WIDGET_PROSE:
            with self.subTest(line=line):
                self.assertFalse(is_boilerplate(line))

    def test_a_time_of_day_or_a_length_alone_is_a_stamp(self):
        for line in TIMES_ALONE:
            with self.subTest(line=line):
                self.assertTrue(is_time_alone(line))
        for line in NOT_TIMES_ALONE:
            with self.subTest(line=line):
                self.assertFalse(is_time_alone(line))


    def test_a_live_pages_stamp_is_a_time_an_age_or_both(self):
        for line in LIVE_STAMPS:
            with self.subTest(line=line):
                self.assertTrue(is_live_stamp(line))
        self.assertTrue(is_live_stamp("3 hours ago", ages_in_words=True))  # once the head's datelines are read
        for line in NOT_LIVE_STAMPS:
            with self.subTest(line=line):
                self.assertFalse(is_live_stamp(line))

    def test_a_notice_that_the_page_changes_is_boilerplate(self):
        for line in UPDATE_NOTICES:
            with self.subTest(line=line):
                self.assertTrue(is_boilerplate(line))
        # The notice's tail does not stop other chrome from being read as such.
        self.assertTrue(is_boilerplate("Follow us on Twitter as more information becomes available"))

    def test_a_note_saying_what_changed_stays(self):
        for line in UPDATE_NOTES_OF_THE_STORY:
            with self.subTest(line=line):
                self.assertFalse(is_boilerplate(line))


    def test_chrome_in_french_german_and_spanish_is_boilerplate(self):
        for line in OTHER_LANGUAGE_CHROME:
            with self.subTest(line=line):
                self.assertTrue(is_boilerplate(line))

    def test_prose_in_french_german_and_spanish_stays(self):
        for line in OTHER_LANGUAGE_PROSE:
            with self.subTest(line=line):
                self.assertFalse(is_boilerplate(line))


class BoilerplateBlockTest(unittest.TestCase):
    def test_related_heading_takes_the_headlines_under_it(self):
        paragraphs = [
            ["First paragraph of the story."],
            ["Related:", "Minister resigns after vote", "Storm closes the harbour"],
            ["Second paragraph of the story."],
        ]
        kept, removed = strip_boilerplate(paragraphs)
        self.assertEqual(kept, [["First paragraph of the story."], ["Second paragraph of the story."]])
        self.assertEqual(removed, ["Related:", "Minister resigns after vote", "Storm closes the harbour"])

    def test_a_links_text_alone_in_its_paragraph_after_article_text_leaves(self):
        paragraphs = [
            ["The council met."],
            ["Read more about the council’s plans"],
            ["Read the full report here"],
            ["READ MORE ON THE BUDGET »"],
            ["Read more Kestle news"],
            # A pointer told as a sentence, a clause, prose wrapped over lines, a long line: the story's.
            ["Read more about the plan on page four."],
            ["Read the full report, the mayor urged"],
            ["Read more about it", "in the minutes"],
            ["Read more about how the fund works and why the council chose to open it to every school in the county"],
            ["You can read more about it in the minutes"],
            ["Read more widely and the picture changes"],
        ]
        kept, removed = strip_boilerplate(paragraphs)
        self.assertEqual(kept, [paragraphs[0], *paragraphs[5:]])
        self.assertEqual(removed, ["Read more about the council’s plans", "Read the full report here", "READ MORE ON THE BUDGET »",
                                   "Read more Kestle news"])
        # Before any article text, such a line may be the headline.
        headline = [["Read the full text of the King's speech"], ["The King set out the plans on Tuesday."]]
        self.assertEqual(strip_boilerplate(headline), (headline, []))

    def test_block_ends_at_the_first_line_of_prose(self):
        kept, removed = strip_boilerplate([["Most Popular", "The council met on Monday."]])
        self.assertEqual(kept, [["The council met on Monday."]])
        self.assertEqual(removed, ["Most Popular"])

    def test_chrome_after_a_finished_sentence_splits_the_paragraph(self):
        kept, removed = strip_boilerplate([["The council set quotas.", "Advertisement", "The owners agreed."]])
        self.assertEqual(kept, [["The council set quotas."], ["The owners agreed."]])
        self.assertEqual(removed, ["Advertisement"])

    def test_chrome_inside_a_sentence_leaves_the_wrapped_lines_joined(self):
        kept, removed = strip_boilerplate([["The council set new", "Advertisement", "quotas on Monday."]])
        self.assertEqual(kept, [["The council set new", "quotas on Monday."]])
        self.assertEqual(removed, ["Advertisement"])

    def test_a_cookie_banner_takes_its_buttons_under_it(self):
        paragraphs = [["We use cookies to improve your experience.", "I accept"], ["Got it"], ["The council met."]]
        kept, removed = strip_boilerplate(paragraphs)
        self.assertEqual(kept, [["The council met."]])
        self.assertEqual(removed, ["We use cookies to improve your experience.", "I accept", "Got it"])

    def test_a_counts_label_takes_its_number_under_it(self):
        kept, removed = strip_boilerplate([["The council met."], ["Comments", "23"], ["Votes", "23"]])
        self.assertEqual(kept, [["The council met."], ["Votes", "23"]])
        self.assertEqual(removed, ["Comments", "23"])

    def test_a_button_word_away_from_a_cookie_banner_stays(self):
        paragraphs = [["Share", "I agree"], ["Q: Will the pier reopen?", "A: It will."], ["Got it"]]
        kept, removed = strip_boilerplate(paragraphs)
        self.assertEqual(kept, [["I agree"], ["Q: Will the pier reopen?", "A: It will."], ["Got it"]])
        self.assertEqual(removed, ["Share"])

    def test_a_pictures_alt_text_leaves_alone_or_over_its_caption(self):
        paragraphs = [["Image: A man walks past the flooded shop"],
                      ["An image of the bridge at night", "The bridge is lit after dark. (Ben Hale/Ardlow Post)"]]  # fmt: skip
        kept, removed = strip_boilerplate(paragraphs)
        self.assertEqual(kept, [["The bridge is lit after dark. (Ben Hale/Ardlow Post)"]])
        self.assertEqual(removed, ["Image: A man walks past the flooded shop", "An image of the bridge at night"])

    def test_a_line_reading_like_alt_text_within_prose_stays(self):
        paragraphs = [["Photo of the mayor at the podium", "was taken by a resident on Monday."],
                      ["The council met.", "Photo of the mayor at the podium", "Mayor Ruth Okafor spoke first."]]  # fmt: skip
        kept, removed = strip_boilerplate(paragraphs)
        self.assertEqual(kept, paragraphs)
        self.assertEqual(removed, [])

    def test_trailing_headline_list_under_a_lone_heading_leaves(self):
        paragraphs = [["Body of the story."], ["Most Popular"], ["Storm closes the pier"], ["School gets a roof"]]
        kept, removed = strip_boilerplate(paragraphs)
        self.assertEqual(kept, [["Body of the story."]])
        self.assertEqual(removed, ["Most Popular", "Storm closes the pier", "School gets a roof"])

    def test_lone_heading_inside_the_body_takes_the_headlines_after_it(self):
        paragraphs = [
            ["Body of the story."],
            ["Related:"],
            ["Storm closes the pier"],
            ["School gets a roof", "Ferry fares to rise"],
            ["More of the story."],
            ["Short closing line"],
        ]
        kept, removed = strip_boilerplate(paragraphs)
        self.assertEqual(kept, [["Body of the story."], ["More of the story."], ["Short closing line"]])
        self.assertEqual(removed, ["Related:", "Storm closes the pier", "School gets a roof", "Ferry fares to rise"])

    def test_more_from_a_section_heading_takes_the_headlines_after_it(self):
        paragraphs = [
            ["The museum returned the painting."],
            ["More from News", "Council approves new budget", "Bridge repairs to start in March"],
        ]
        kept, removed = strip_boilerplate(paragraphs)
        self.assertEqual(kept, [["The museum returned the painting."]])
        self.assertEqual(removed, ["More from News", "Council approves new budget", "Bridge repairs to start in March"])

    def test_every_list_heading_takes_the_headlines_under_it(self):
        for heading in ("Trending Now", "Popular now", "Most shared", "What to read next", "Don't miss",
                        "More by this author", "Popular on The Kestle Courier", "Most read on Kestle Live",
                        "Filed under", "Promoted Stories", "Around the web", "From our partners"):
            with self.subTest(heading=heading):
                kept, removed = strip_boilerplate([["The museum returned the painting."],
                                                   [heading, "Council approves new budget"]])  # fmt: skip
                self.assertEqual(kept, [["The museum returned the painting."]])
                self.assertEqual(removed, [heading, "Council approves new budget"])

    def test_a_time_alone_in_its_paragraph_leaves_and_a_schedules_times_stay(self):
        paragraphs = [["10.04 GMT"], ["Turnout was 64%."], ["Times:", "01:30 Orrin Bay", "02:45 Kestle"], ["02:14"]]
        kept, removed = strip_boilerplate(paragraphs)
        self.assertEqual(kept, [["Turnout was 64%."], ["Times:", "01:30 Orrin Bay", "02:45 Kestle"]])
        self.assertEqual(removed, ["10.04 GMT", "02:14"])

    def test_a_live_pages_stamp_heads_the_post_under_it(self):
        for lines in (["10:42 GMT", "Ferries between the islands have been cancelled."],
                      ["2h ago 14:05", "Mountain rescue teams have resumed the search,", "police said."]):  # fmt: skip
            with self.subTest(lines=lines):
                self.assertTrue(heads_a_post(lines))

    def test_a_schedules_times_over_their_items_head_no_post(self):
        for lines in (["18:00", "Doors open", "19:30", "The Larkspurs take the stage."], ["19:30", "Fireworks."],
                      ["21:00", "The headliner, to be announced"], ["The council met.", "10:42 GMT"]):  # fmt: skip
            with self.subTest(lines=lines):
                self.assertFalse(heads_a_post(lines))

    def test_popular_on_going_on_in_lower_case_is_prose(self):
        paragraphs = [["Popular on weekends, the fair now opens on Fridays too."], ["Stalls open at 9am."]]
        self.assertEqual(strip_boilerplate(paragraphs), (paragraphs, []))

    def test_related_topics_heading_takes_the_topic_lines_after_it(self):
        paragraphs = [["The bakery opened in 1952."], ["Related Topics"], ["Food", "Small business"]]
        kept, removed = strip_boilerplate(paragraphs)
        self.assertEqual(kept, [["The bakery opened in 1952."]])
        self.assertEqual(removed, ["Related Topics", "Food", "Small business"])

    def test_lone_heading_before_the_title_leaves_the_title(self):
        paragraphs = [["Most Popular"], ["Council approves ferry route"], ["Body of the story."]]
        kept, removed = strip_boilerplate(paragraphs)
        self.assertEqual(kept, [["Council approves ferry route"], ["Body of the story."]])
        self.assertEqual(removed, ["Most Popular"])


class WireSlugTest(unittest.TestCase):
    def test_desk_initials_between_hyphens_and_slashes_are_a_slug(self):
        for line in ("burs-jm/rox", "ema-kl/jm", "bur/jm", "ema-kl/jm/rox"):
            with self.subTest(line=line):
                self.assertTrue(is_wire_slug(line))

    def test_other_short_lines_are_not(self):
        for line in ("bur-jm", "n/a", "24/7", "Bur/Jm", "The end.", "see kestle.example/news"):
            with self.subTest(line=line):
                self.assertFalse(is_wire_slug(line))


class ContactBlockTest(unittest.TestCase):
    def test_contact_heading_takes_the_contact_lines_under_it(self):
        paragraphs = [
            ["The company was founded in 2015."],
            ["Media contact:", "Leona Fisk", "Head of Communications", "press@tallow.example", "+44 20 7946 0123"],
        ]
        kept, removed = strip_boilerplate(paragraphs)
        self.assertEqual(kept, [["The company was founded in 2015."]])
        self.assertEqual(removed, paragraphs[1])

    def test_a_lone_contact_heading_takes_the_next_paragraph_of_contact_lines(self):
        kept, removed = strip_boilerplate([["Body."], ["Contact:"], ["Leona Fisk", "press@tallow.example"], ["More."]])
        self.assertEqual(kept, [["Body."], ["More."]])
        self.assertEqual(removed, ["Contact:", "Leona Fisk", "press@tallow.example"])

    def test_prose_under_a_contact_heading_stays(self):
        kept, removed = strip_boilerplate([["Media contact:", "The company said it would reply on Monday."]])
        self.assertEqual(kept, [["The company said it would reply on Monday."]])
        self.assertEqual(removed, ["Media contact:"])


class UserPhraseFileTest(unittest.TestCase):
    def test_user_file_phrases_are_normalised_and_comments_skipped(self):
        with tempfile.TemporaryDirectory() as folder:
            path = os.path.join(folder, "phrases.txt")
            with open(path, "w", encoding="utf-8") as handle:
                handle.write("# site chrome of example.org\n\nDon’t miss:\n  WATCH LIVE  \nwatch live\n")
            phrases = load_phrases(path)
        self.assertEqual(phrases, ("don't miss", "watch live"))
        self.assertTrue(is_boilerplate("Watch live!", frozenset(phrases)))
        self.assertFalse(is_boilerplate("Watch live!"))


if __name__ == "__main__":
    unittest.main()


class CleanedLinesTest(unittest.TestCase):
    def test_lines_of_cleaned_text_read_alike_whether_or_not_their_spacing_is_read(self):
        """Told that lines come from text ``text.clean`` made, the chrome
        checks skip reading their spacing, which changes no verdict: long
        lines of prose, also with bullets, curly quotes and marks no printer
        shows, and every line of the tables above, written with tabs and
        exotic spaces before cleaning."""
        prose = ("The council said on Monday that the ferry would run again from March, " * 3).strip()
        lines = [*CHROME, *PROSE, *EMBED_NOTICES, *CALL_OUTS, *PAYWALL_NOTICES, *CONSENT_NOTICES, prose, f"• {prose}",
                 f"“{prose}”", f"{prose} \u200eMost\tPopular", f"Most\u00a0\u00a0Popular {prose}"]  # fmt: skip
        for line in lines:
            for written in (line, line.replace(" ", "\t"), line.replace(" ", " \u2009")):
                cleaned = clean(written)[0].strip()
                with self.subTest(line=cleaned):
                    self.assertEqual(is_boilerplate(cleaned, cleaned=True), is_boilerplate(cleaned))
        paragraphs = [[clean(line)[0].strip()] for line in lines]
        self.assertEqual(strip_boilerplate(paragraphs, cleaned=True), strip_boilerplate(paragraphs))
