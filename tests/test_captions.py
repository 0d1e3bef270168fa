"""Credits are split off captions; asides of prose in parentheses are not credits."""

import unittest

from newsarchive.captions import (
    credit_line,
    ends_in_credit,
    is_alt_text,
    picture_credit_alone,
    split_caption_credit,
    split_credit,
    trim_picture_chrome,
)

# (line, expected caption text, expected credit)
CREDITS = [
    ("Smoke rises over the port. (Avshalom Sassoni/Flash90)", "Smoke rises over the port.", "Avshalom Sassoni/Flash90"),
    ("A crowd gathers in the square. (AP Photo/Ariel Schalit)", "A crowd gathers in the square.", "AP Photo/Ariel Schalit"),
    ("The minister arrives. (Getty Images)", "The minister arrives.", "Getty Images"),
    ("Delegates meet in the capital. (Hamas Telegram channel)", "Delegates meet in the capital.", "Hamas Telegram channel"),
    ("A boat near the coast. Photo: Reuters", "A boat near the coast.", "Reuters"),
    ("A boat near the coast. Credit: Jane Doe", "A boat near the coast.", "Jane Doe"),
    ("A boat near the coast | Photo credit: Jane Doe/Agency", "A boat near the coast", "Jane Doe/Agency"),
    ("Children at the school. (Photo: Reuters)", "Children at the school.", "Reuters"),
    ("Children at the school. (Photo by Jane Doe)", "Children at the school.", "Jane Doe"),
    ("The old bridge at dusk. (Courtesy of the family)", "The old bridge at dusk.", "Courtesy of the family"),
    ("The old bridge at dusk. (courtesy Jane Doe)", "The old bridge at dusk.", "courtesy Jane Doe"),
    ("Rescue teams at work. (Channel 12 screenshot)", "Rescue teams at work.", "Channel 12 screenshot"),
    ("Rescue teams at work. (Screenshot/X)", "Rescue teams at work.", "Screenshot/X"),
    ("Rescue teams at work. (Screen capture: Kan)", "Rescue teams at work.", "Screen capture: Kan"),
    ("Hostages in a video. (Hamas military wing via AP)", "Hostages in a video.", "Hamas military wing via AP"),
    ("Troops in the town. (Screenshot used in accordance with Clause 27a of the Copyright Law)", "Troops in the town.",
     "Screenshot used in accordance with Clause 27a of the Copyright Law"),
    ("A mural in Velma. (Photo used under a Creative Commons license)", "A mural in Velma.",
     "Photo used under a Creative Commons license"),
    ("Rescue teams at work. (Video still: Harwick Police)", "Rescue teams at work.", "Harwick Police"),
    ("The old bridge at dusk. (Courtesy: Kestle Museum)", "The old bridge at dusk.", "Kestle Museum"),
    ("Troops on patrol. (IDF Spokesperson's Unit)", "Troops on patrol.", "IDF Spokesperson's Unit"),
    ("Troops on patrol. (Jane Doe)", "Troops on patrol.", "Jane Doe"),
    ("A march downtown. (AP Photo/Jane Doe, File)", "A march downtown.", "AP Photo/Jane Doe, File"),
    ("A march downtown. (Reuters)", "A march downtown.", "Reuters"),
    ("A march downtown. (AFP)", "A march downtown.", "AFP"),
    ("A shopper in the market. (Twitter/@leedsfoodie)", "A shopper in the market.", "Twitter/@leedsfoodie"),
    ("Fans at the gate. (Instagram/@kelby_fc)", "Fans at the gate.", "Instagram/@kelby_fc"),
    ("A delivery van in the depot. (Supplied)", "A delivery van in the depot.", "Supplied"),
    ("Crowds at the temple gate. (Express Photo by Jithendra M)", "Crowds at the temple gate.", "Express Photo by Jithendra M"),
    ("Derek Allinson leaves the court. Pic: Lincolnshire Press Agency", "Derek Allinson leaves the court.", "Lincolnshire Press Agency"),
    ("The old mill in 1911. (Provided)", "The old mill in 1911.", "Provided"),
    ("Pickets at the gate. (Tamsin Orr for The Harwick Gazette)", "Pickets at the gate.", "Tamsin Orr for The Harwick Gazette"),
    ("Pickets at the gate. (Photo credit should read TAMSIN ORR/AFP via Getty Images)", "Pickets at the gate.",
     "TAMSIN ORR/AFP via Getty Images"),
    ("Pickets at the gate. (Photo courtesy of the Orr family)", "Pickets at the gate.", "courtesy of the Orr family"),
    ("The old library on Mill Lane. (photo: jane doe)", "The old library on Mill Lane.", "jane doe"),
    ("The old library on Mill Lane (photo by jane doe/reuters)", "The old library on Mill Lane", "jane doe/reuters"),
    ("The old library on Mill Lane. (credit: ana ruiz-lópez)", "The old library on Mill Lane.", "ana ruiz-lópez"),
    ("A boat on its side. (Provided by Harwick Council)", "A boat on its side.", "Provided by Harwick Council"),
    ("A boat on its side. (Jane Doe – Reuters)", "A boat on its side.", "Jane Doe – Reuters"),
    ("A boat on its side. (Jane Doe - AFP)", "A boat on its side.", "Jane Doe - AFP"),
    ("A boat on its side (Jane Doe — Reuters)", "A boat on its side", "Jane Doe — Reuters"),
    ("A tree blocks the road. (Photo/Jane Doe)", "A tree blocks the road.", "Jane Doe"),
    ("A tree blocks the road. (Photos/Getty Images)", "A tree blocks the road.", "Getty Images"),
    ("The mayor visits the high street. (Image via Jane Doe)", "The mayor visits the high street.", "Jane Doe"),
    ("The mayor visits the high street. (Photo via Twitter/@janedoe)", "The mayor visits the high street.",
     "Twitter/@janedoe"),
]

# Credits after the caption's last sentence, with neither brackets nor a colon.
CREDITS_AFTER_A_SENTENCE = [
    ("A frost-covered lawn at dawn. Getty Images/iStockphoto", "A frost-covered lawn at dawn.", "Getty Images/iStockphoto"),
    ("Cars queue at the reopened bridge. Photo by Jane Doe", "Cars queue at the reopened bridge.", "Jane Doe"),
    ("Workers at the site. Photograph by Jane Doe/Example News", "Workers at the site.", "Jane Doe/Example News"),
    ("The old deck was removed in pieces. Reuters", "The old deck was removed in pieces.", "Reuters"),
    ("Un champ près de Lyon. © AFP", "Un champ près de Lyon.", "AFP"),
    ("Pickets at the gate. Photo by Tamsin Orr | Harwick Gazette", "Pickets at the gate.", "Tamsin Orr | Harwick Gazette"),
    ("Pickets at the gate. Photo courtesy of Harwick Fire Department", "Pickets at the gate.",
     "courtesy of Harwick Fire Department"),
    ("Pickets at the gate. Image via Reuters", "Pickets at the gate.", "Reuters"),
    ("Pickets at the gate. Photo by Tamsin Orr on Unsplash", "Pickets at the gate.", "Tamsin Orr on Unsplash"),
    ("Pickets at the gate. — Tamsin Orr/Reuters", "Pickets at the gate.", "Tamsin Orr/Reuters"),
    ("Pickets at the gate. - Getty Images", "Pickets at the gate.", "Getty Images"),
    ("Pickets at the gate. Image by Tamsin Orr from Pixabay", "Pickets at the gate.", "Tamsin Orr from Pixabay"),
    ("Pickets at the gate. Photo/Tamsin Orr", "Pickets at the gate.", "Tamsin Orr"),
]

# A marked credit closing in a full stop, in brackets or after the caption's sentence.
CREDITS_CLOSING_IN_A_FULL_STOP = [
    ("Museum curator Ellen Ross with the pot. (Photo by Mark Lee.)", "Museum curator Ellen Ross with the pot.", "Mark Lee"),
    ("A close-up of a silver denarius. Photo courtesy Kestle Museum.", "A close-up of a silver denarius.",
     "courtesy Kestle Museum"),
    ("Cars queue at the reopened bridge. Photo by Jane Doe.", "Cars queue at the reopened bridge.", "Jane Doe"),
    ("Workers at the site. Photograph by Jane Doe/Example News.", "Workers at the site.", "Jane Doe/Example News"),
]
# Last sentences of prose closing in a full stop: no credit.
FULL_STOP_PROSE = [
    "He said the photo was used under protest (photo used under protest)",
    "Marchers filled the square on Saturday (the banner sent via AP)",
    "Results came in late (turnout down 3 via AP)",
    "Tickets go on sale on Monday. (Apply online via Gov.uk)",
    "The deal was first reported by the news agency. Reuters.",
    "The talks ended on Monday. Photo by photo, the album was rebuilt.",
    "The exhibition opens on Friday. Pictures by local children hang in the hall.",
    "The study was published in March (Photo by Mark Lee.).",
    "The board met again. (Mark Lee.)",
]

# A picture's credit standing as a paragraph of its own, with no caption
# above it, and lines of the kind that are subheadings or a wire's tag.
CREDITS_ALONE = ["Contributed photo", "Submitted photo", "Staff photo by Jim Kline", "Foto: Peter Kneffel/dpa", "Photo by Tom Avery.",
                 "AFP via Getty Images", "(AP Photo/Jane Doe)", "Photo courtesy of the Kestle Museum"]  # fmt: skip
NOT_CREDITS_ALONE = ["Pictures of the Year", "Photo Gallery", "Images From The Front", "Reuters",
                     "Jim Kline/Harwick Herald", "Photos: The best of the county fair", "(Reuters)",
                     "Source: Hellenic National Meteorological Service", "Source: Census Bureau/ACS"]  # fmt: skip

# Markers of other outlets and languages, and a © before the name.
MORE_MARKED_CREDITS = [
    ("The minister. Composite: Getty Images/Reuters", "The minister.", "Getty Images/Reuters"),
    ("A crowd at dawn. Illustration: Jane Doe", "A crowd at dawn.", "Jane Doe"),
    ("A farm. Photo illustration by Jane Doe", "A farm.", "Jane Doe"),
    ("Ein Hof. Bild: Max Mustermann/dpa", "Ein Hof.", "Max Mustermann/dpa"),
    ("Un pré. Crédit photo : Jean Dupont", "Un pré.", "Jean Dupont"),
    ("A field. Photo: © Jane Doe", "A field.", "Jane Doe"),
    ("A field. (Photo: © Jane Doe)", "A field.", "Jane Doe"),
    ("A field. (© Jane Doe/Velma Echo)", "A field.", "Jane Doe/Velma Echo"),
    ("A field at dawn (©Velma Echo)", "A field at dawn", "Velma Echo"),
    ("The Acropolis at noon. (Image credit: Getty Images)", "The Acropolis at noon.", "Getty Images"),
    ("The Acropolis at noon. (File photo: AP)", "The Acropolis at noon.", "AP"),
    ("The Acropolis at noon. (File Photo: Reuters)", "The Acropolis at noon.", "Reuters"),
    ("A nurse at a clinic. (Illustrative photo: Jane Doe/Flash90)", "A nurse at a clinic.", "Jane Doe/Flash90"),
    ("A nurse at a clinic. Illustrative image: Jane Doe", "A nurse at a clinic.", "Jane Doe"),
    ("A nurse at a clinic (Illustrative: iStock)", "A nurse at a clinic", "iStock"),
    ("A nurse at a clinic. Illustrative: Jane Doe/Flash90", "A nurse at a clinic.", "Jane Doe/Flash90"),
    ("The Acropolis at noon. Photo / Michael Craig", "The Acropolis at noon.", "Michael Craig"),
    ("A temple in Mathura. [Image: EPA-EFE/Rajat Gupta]", "A temple in Mathura.", "EPA-EFE/Rajat Gupta"),
    ("Water over the spillway on Monday.Credit: Nick Moir", "Water over the spillway on Monday.", "Nick Moir"),
    ("Tourists near the Acropolis ©Louisa Gouliamaki", "Tourists near the Acropolis", "Louisa Gouliamaki"),
    ("Pickets at the gate on Monday. Credit...Tamsin Orr for The Harwick Gazette", "Pickets at the gate on Monday.",
     "Tamsin Orr for The Harwick Gazette"),
    ("Pickets at the gate on Monday. Credit…Tamsin Orr", "Pickets at the gate on Monday.", "Tamsin Orr"),
]

# Chinese credits in full-width parentheses.
CHINESE_CREDITS = [
    ("读者在新图书馆内阅读。（新华社记者 张三 摄）", "读者在新图书馆内阅读。", "新华社记者 张三"),
    ("读者在新图书馆内阅读。（图片来源：新华社）", "读者在新图书馆内阅读。", "新华社"),
]

# Lines whose parentheses are prose: no credit, the line unchanged.
PROSE = [
    "The home side won 1-0 (Hughes 40)",
    "The library opens its doors on Friday (Readings start at 7pm.)",
    "The talks broke down on Monday, officials said (Reuters).",
    "The deal was signed by the Palestinian Authority (PA)",
    "Prices rose sharply last year (see chart below)",
    "The figures in the report are illustrative.",
    "The figures are illustrative: they show a trend, not a forecast",
    "The council called the photo illustrative (see the note below)",
    "He said the plan (which was never published) had failed.",
    "The vote is set for next week (if the quorum holds)",
    "She spoke to reporters. (She later declined to comment further on the matter at all today.)",
    "An unbalanced aside (with (nested) parentheses)",
    "The committee will meet again in (early) May",
    "A round of applause (laughter)",
    "Turnout was low (about 40 percent)",
    "He deserves credit: the plan worked well.",
    "Total price: 40 dollars",
    "He wrote to the club on Monday (@kelby_fc)",
    "The match ended. Jane Doe",
    "He said he would stay. Then he left",
    "Soldiers of the U.S. Press Association",
    "The plan was agreed. Photo by the river was taken.",
    "The talks ended. Reuters reported the news.",
    "A farm. Odd: Getty Images/X",
    "The court said so [citation needed]",
    "Copyright law differs © in some states, the lawyers said today",
    "The logo was registered that year (© 2023)",
    "The sign reads (© for copyright)",
    "The minister resigned on Monday. — AFP",
    "The minister resigned on Monday. – Reuters",
    "The talks will resume. — Jane Doe",
    "他说（这很好）",
    "读者（摄）",
    "He waited at the photo... then he left.",
    "The crew sailed for Lisbon. (Lisbon for Ever Was Their Song)",
    "The ferry was provided by the council (provided free)",
    "The talks ended. Pictures via satellite show the damage",
    "Turnout was low (40 – 45 percent)",
    "The old library on Mill Lane. (photo: top left)",
    "The old library on Mill Lane. (image: see below)",
    "The old library on Mill Lane. (photo: the old mill)",
    "Prices rose again in March. (source: local farmers)",
    "He deserves credit: hard work",
    "Visitors come by courtesy: the museum is free",
    "The clip spread quickly. (Reported on Twitter)",
    "The ferry was late again. (Photo by Tamsin Orr on Monday)",
    "The mayor resigned. (Provided by law)",
    "The ferry was late again. (Provided by)",
    "The ferry was late again. (Express Photo by)",
    "The band played on. (Encore –)",
    "The talks ended. Photos/videos of the rally spread online",
]

# Capitalised words alone in brackets credit a caption only after a finished
# sentence; after a clause of prose they are an aside: (line, a caption?).
CAPTION_OR_CLAUSE = [
    ("Troops on patrol. (Jane Doe)", True),
    ("Dockers march through the port! (Velma Ferries)", True),
    ("Dockers march through the port (Jane Doe/Velma Courier)", True),
    ("Dockers march through the port (Getty Images)", True),
    ("Dockers march through the port (Courtesy Jane Doe)", True),
    ("Dockers march through the port (Photo by Jane Doe)", True),
    ("The harbour reopens on Monday, the operator said (Velma Ferries)", False),
    ("Councillors backed the harbour plan on Thursday (Labour and Green)", False),
    ("Trains now run twice a day on the line (Lisbon – Porto)", False),
    ("The bill now goes to the Senate (Upper House)", False),
    ("Goals from the two strikers sealed it for Carrow (Hughes, Lind)", False),
]

# A gallery's counter and a button's label on a caption's line: (line, what
# stays, what is cut); prose that names them stays whole.
PICTURE_CHROME = [
    ("[1/2] The quay at dawn, May 2, 2024. REUTERS/Ada Brill/File Photo Purchase Licensing Rights",
     "The quay at dawn, May 2, 2024. REUTERS/Ada Brill/File Photo", ["[1/2]", "Purchase Licensing Rights"]),
    ("The quay at dawn. REUTERS/Ada Brill Acquire Licensing Rights, opens new tab",
     "The quay at dawn. REUTERS/Ada Brill", ["Acquire Licensing Rights, opens new tab"]),
    ("Item 2 of 3 The quay at dawn. REUTERS/Ada Brill", "The quay at dawn. REUTERS/Ada Brill", ["Item 2 of 3"]),
    ("Item 1 of 2 on the agenda was the budget (Reuters).", "Item 1 of 2 on the agenda was the budget (Reuters).", []),
    ("The agency sells what it calls Purchase Licensing Rights", "The agency sells what it calls Purchase Licensing Rights", []),
    ("[1/2] Councillors backed the plan (Labour and Green)", "[1/2] Councillors backed the plan (Labour and Green)", []),
]

# A line that is a credit alone, as set under its caption: (line, credit or None).
CREDIT_LINES = [
    ("CHRIS ZOELLER, Courier Staff Photographer", "CHRIS ZOELLER, Courier Staff Photographer"),
    ("Photo: Reuters", "Reuters"),
    ("Staff photo by Ben McCanna", "Ben McCanna"),
    ("(AP Photo/Ariel Schalit)", "AP Photo/Ariel Schalit"),
    ("Jane Doe/The Gazette", "Jane Doe/The Gazette"),
    ("AFP via Getty Images", "AFP via Getty Images"),
    ("Courtesy of the Smith family", "Courtesy of the Smith family"),
    ("Photo courtesy of the Smith family", "courtesy of the Smith family"),
    ("Photo by Tom Avery.", "Tom Avery"),
    ("Photo/Tom Avery", "Tom Avery"),
    ("Image via Tom Avery", "Tom Avery"),
    ("Staff photo by Ben McCanna.", "Ben McCanna"),
    ("JIM SMITH, THE GAZETTE", "JIM SMITH, THE GAZETTE"),
    ("ANA LIMA, STAFF", "ANA LIMA, STAFF"),
    ("Council Vote Delayed", None),
    ("WHAT HAPPENS NEXT", None),
    ("FIRST, THE GOOD NEWS", None),
    ("ROAD TO RECOVERY, PART 2", None),
    ("What we know", None),
    ("Photo gallery", None),
    ("(Hughes 40)", None),
    ("Getty Images bought the archive in 2019 and has kept it closed since.", None),
    ("By Jane Doe, Reuters", None),  # the story's byline
    ("By Jane Doe/Reuters", None),
]


# A line known to be a caption (written twice): (line, text, credit).  A
# name alone in brackets after its finished sentence is the credit; a word
# in lower case, a number, or a bracket closing a clause stays in the text.
CAPTION_CREDITS = [
    ("The former mayor arrives at court on Monday. (PA)", "The former mayor arrives at court on Monday.", "PA"),
    ("An image of the crater taken by the orbiter. (NASA)", "An image of the crater taken by the orbiter.", "NASA"),
    ("The firm's headquarters in Harwick. (Bloomberg)", "The firm's headquarters in Harwick.", "Bloomberg"),
    ("Fans at the gate. (Kestle Police)", "Fans at the gate.", "Kestle Police"),
    ("A march downtown. (Reuters)", "A march downtown.", "Reuters"),
    ("Pickets at the harbour gate last month (PA)", "Pickets at the harbour gate last month", "PA"),
    ("The firm's headquarters in Harwick (Bloomberg)", "The firm's headquarters in Harwick", "Bloomberg"),
    ("Council leader Ana Ruiz (Labour)", "Council leader Ana Ruiz (Labour)", None),
    ("Council leader Ana Ruiz (SNP)", "Council leader Ana Ruiz (SNP)", None),
    ("An image of the crater taken by the orbiter (NASA)", "An image of the crater taken by the orbiter (NASA)", None),
    ("The bronze head is shown to visitors. (left)", "The bronze head is shown to visitors. (left)", None),
    ("Rovers score the winner. (Hughes 40)", "Rovers score the winner. (Hughes 40)", None),
    ("The team celebrates. (Pictured: the squad.)", "The team celebrates. (Pictured: the squad.)", None),
]

# A picture's alternative text, as a scrape keeps it on a line.
ALT_TEXTS = [
    "Image: A man walks past the flooded shop",
    "Photo of the mayor at the podium",
    "An image of the bridge at night",
    "Photo: A dog runs along the shore",
    "Photograph of the pier at sunset",
    "May be an image of 2 people and text",
    "Image may contain: 2 people, people smiling",
    "[Image: A school bus outside the middle school]",
]
NOT_ALT_TEXTS = [
    "Photo: Reuters",
    "Photo: courtesy of the family",
    "Photo: Jane Doe/The Times",
    "Photo of the Week",  # a subheading, in title case
    "Picture of health",
    "Photo of the year went to a picture of a heron in the mist, the judges said in 1987.",
    "Image of a lifetime, the critic called one of the prints.",
    "A picture of calm, the harbour lay still all morning",
    "The photo of the mayor at the podium",
    "Picture of health: how the town's new clinic changed lives",
]


class CreditSplitTest(unittest.TestCase):
    def test_a_credit_alone_on_a_line_needs_more_than_capitalised_words(self):
        for line, credit in CREDIT_LINES:
            with self.subTest(line=line):
                self.assertEqual(credit_line(line), credit)

    def test_a_pictures_credit_without_a_caption_above_needs_a_picture_word(self):
        self.assertIsNone(credit_line("Reuters", of_a_picture=True))
        self.assertIsNone(credit_line("Jane Doe/The Gazette", of_a_picture=True))
        self.assertIsNone(credit_line("JIM SMITH, THE GAZETTE", of_a_picture=True))
        self.assertEqual(credit_line("Photo: Reuters", of_a_picture=True), "Reuters")
        self.assertEqual(credit_line("AFP via Getty Images", of_a_picture=True), "AFP via Getty Images")

    def test_a_pictures_credit_alone_needs_a_marker_a_slash_or_a_closing_picture_word(self):
        for line in CREDITS_ALONE:
            with self.subTest(line=line):
                self.assertTrue(picture_credit_alone(line))
        for line in NOT_CREDITS_ALONE:
            with self.subTest(line=line):
                self.assertFalse(picture_credit_alone(line))

    def test_names_alone_in_brackets_make_a_caption_only_after_a_sentence(self):
        for line, caption in CAPTION_OR_CLAUSE:
            with self.subTest(line=line):
                self.assertEqual(ends_in_credit(line), caption)

    def test_a_gallerys_counter_and_a_buttons_label_leave_a_captions_line(self):
        for line, text, cut in PICTURE_CHROME:
            with self.subTest(line=line):
                self.assertEqual(trim_picture_chrome(line), (text, cut))

    def test_credit_forms_are_split_off_as_the_name_alone(self):
        for line, text, credit in CREDITS:
            with self.subTest(line=line):
                self.assertEqual(split_credit(line), (text, credit))

    def test_credit_after_the_last_sentence_names_an_agency_or_follows_photo_by(self):
        for line, text, credit in CREDITS_AFTER_A_SENTENCE:
            with self.subTest(line=line):
                self.assertEqual(split_credit(line), (text, credit))

    def test_a_marked_credit_closing_in_a_full_stop_is_split_off(self):
        for line, text, credit in CREDITS_CLOSING_IN_A_FULL_STOP:
            with self.subTest(line=line):
                self.assertEqual(split_credit(line), (text, credit))

    def test_a_last_sentence_closing_in_a_full_stop_without_a_marker_is_prose(self):
        for line in FULL_STOP_PROSE:
            with self.subTest(line=line):
                self.assertEqual(split_credit(line), (line, None))

    def test_markers_of_other_outlets_and_a_copyright_sign_leave_the_credit(self):
        for line, text, credit in MORE_MARKED_CREDITS:
            with self.subTest(line=line):
                self.assertEqual(split_credit(line), (text, credit))

    def test_chinese_credit_is_the_name_before_the_photographed_mark_or_after_a_marker(self):
        for line, text, credit in CHINESE_CREDITS:
            with self.subTest(line=line):
                self.assertEqual(split_credit(line), (text, credit))

    def test_a_name_alone_in_brackets_after_a_sentence_credits_a_caption_written_twice(self):
        for line, text, credit in CAPTION_CREDITS:
            with self.subTest(line=line):
                self.assertEqual(split_caption_credit(line), (text, credit))

    def test_a_name_alone_in_brackets_is_no_credit_on_a_line_of_unknown_standing(self):
        for line in ("The former mayor arrives at court on Monday. (PA)", "An image of the crater. (NASA)"):
            with self.subTest(line=line):
                self.assertFalse(ends_in_credit(line))

    def test_a_pictures_alternative_text_describes_it_after_a_lead(self):
        for line in ALT_TEXTS:
            with self.subTest(line=line):
                self.assertTrue(is_alt_text(line))
        for line in NOT_ALT_TEXTS:
            with self.subTest(line=line):
                self.assertFalse(is_alt_text(line))

    def test_parentheses_of_prose_are_not_credits(self):
        for line in PROSE:
            with self.subTest(line=line):
                self.assertEqual(split_credit(line), (line, None))


if __name__ == "__main__":
    unittest.main()
