"""A scraper's labelled fields over an article: which lines are fields, and what the record takes from them."""

import unittest

from newsarchive import phrases
from newsarchive.fields import parse_fields
from newsarchive.front_matter import fenced_fields, leading_fields, read_head_field

BODY = "The council voted on Tuesday to approve a network of protected cycle lanes."


class HeadFieldTest(unittest.TestCase):
    def test_labelled_lines_of_front_matter_are_fields(self):
        rows = [
            # (line, kind, value)
            ("Title: Council approves new cycle lanes", "title", "Council approves new cycle lanes"),
            ("TITLE: Council approves new cycle lanes", "title", "Council approves new cycle lanes"),
            ("Title : Council approves new cycle lanes", "title", "Council approves new cycle lanes"),
            ("headline:   Council  approves lanes", "title", "Council approves lanes"),
            ("Standfirst: The plan follows two years of consultation.", "subtitle", "The plan follows two years of consultation."),
            ("Author: Jane Doe", "author", "Jane Doe"),
            ("Byline: By Jane Doe", "author", "Jane Doe"),
            ("By: Jane Doe, Staff Writer", "author", "Jane Doe"),
            ("Authors: Jane Doe and Sam Lee", "author", "Jane Doe and Sam Lee"),
            ("Date published: 16 Nov 2023", "date", "16 Nov 2023"),
            ("Published on: 2023-11-16T09:30:00+02:00", "date", "2023-11-16T09:30:00+02:00"),
            ("Updated: 2 hours ago", "updated", "2 hours ago"),
            ("URL: https://example.com/news/cycle-lanes", "other", "https://example.com/news/cycle-lanes"),
            ("Source: The Harbour Times", "other", "The Harbour Times"),
            ("Tags: transport, council, cycling, Harbour Road", "other", "transport, council, cycling, Harbour Road"),
            ("Language: en", "other", "en"),
            ("Summary:", "subtitle", ""),
        ]
        for line, kind, value in rows:
            with self.subTest(line):
                field = read_head_field(line)
                self.assertIsNotNone(field)
                self.assertEqual((field.kind, field.value), (kind, value))

    def test_prose_and_other_labels_are_no_fields(self):
        rows = [
            "Source: officials said the bridge would reopen in spring.",
            "SOURCE: We knew about the plan for months.",
            "Section: the part of the law that the court struck down,",
            "Title: it was, she said, the best of times.",
            "Author: i have always loved this town, she said.",
            "Date: TBC",
            "Published: in the spring",
            "Q: What did the council decide?",
            "MAYOR: We will build the lanes.",
            "Time: 6pm",
            "Exclusive: Council weighs a tram line",
            "The working title: Dawn Light",
        ]
        for line in rows:
            with self.subTest(line):
                self.assertIsNone(read_head_field(line))

    def test_no_head_field_label_is_a_box_label(self):
        self.assertFalse(set(phrases.HEAD_FIELD_LABELS) & phrases.BOX_LABELS)

    def test_leading_fields_stop_at_the_first_other_line(self):
        lines = ["Title: Council approves lanes", "URL: https://example.com/a", BODY]
        self.assertEqual([f.kind for f in leading_fields(lines)], ["title", "other"])

    def test_fields_over_a_box_field_or_a_lower_case_line_are_not_front_matter(self):
        rows = [
            ["Title: Jazz on the quay", "Date: 18 November 2023", "Time: 6pm", "Venue: Quay Street"],
            ["Date: Saturday, 18 November 2023", "Time: 6pm"],
            ["Source: officials said the bridge would", "reopen in spring, the council said."],
            ["Summary:", "- The council voted", "- The lanes open in May"],
        ]
        for lines in rows:
            with self.subTest(lines[0]):
                self.assertEqual(leading_fields(lines), [])


class FrontMatterFieldsTest(unittest.TestCase):
    def test_front_matter_gives_the_head_and_leaves_the_body(self):
        text = "Author: By Jane Doe\nTitle: Council approves lanes\nDek: A plan two years in the making\nURL: https://example.com/a\n\n" + BODY + "\n"
        draft = parse_fields(text, header_date="2023-11-16")
        self.assertEqual(
            (draft.title, draft.subtitle, draft.author, draft.date, draft.body),
            ("Council approves lanes", "A plan two years in the making", "Jane Doe", "2023-11-16", BODY),
        )
        self.assertEqual(draft.boilerplate, ["URL: https://example.com/a"])

    def test_fields_filling_their_paragraph_go_on_past_a_blank_line(self):
        text = "Title: Council approves lanes\nAuthor: Jane Doe\n\nDek: A plan two years in the making\nURL: https://example.com/a\n\n" + BODY
        draft = parse_fields(text, header_date="2023-11-16")
        self.assertEqual((draft.title, draft.subtitle, draft.author, draft.body),
                         ("Council approves lanes", "A plan two years in the making", "Jane Doe", BODY))  # fmt: skip
        self.assertEqual(draft.boilerplate, ["URL: https://example.com/a"])
        # Under fields that leave text in their paragraph, or over a paragraph of prose, the story begins.
        for text, body in (
            ("Title: Council approves lanes\nThe vote was close.\n\nDek: A plan\n\n" + BODY,
             "The vote was close.\n\nDek: A plan\n\n" + BODY),
            ("Title: Council approves lanes\n\nSource: officials said the bridge would reopen.\n\n" + BODY,
             "Source: officials said the bridge would reopen.\n\n" + BODY),
        ):
            with self.subTest(text):
                self.assertEqual(parse_fields(text).body, body)

    def test_a_published_field_gives_the_date_and_an_update_does_not_override_it(self):
        text = "Title: Council approves lanes\nUpdated: 17 Nov 2023\nPublished: 16 Nov 2023 10:04\n\n" + BODY
        draft = parse_fields(text)
        self.assertEqual(draft.date, "2023-11-16T10:04:00")
        self.assertEqual(draft.boilerplate, ["Updated: 17 Nov 2023"])

    def test_an_update_alone_gives_the_date_as_a_dateline_does(self):
        draft = parse_fields("Title: Council approves lanes\nLast updated: 17 Nov 2023\n\n" + BODY)
        self.assertEqual((draft.date, draft.boilerplate), ("2023-11-17", []))

    def test_a_published_field_unlike_the_header_date_is_noted(self):
        draft = parse_fields("Title: Council approves lanes\nPublished: 15 Nov 2023\n\n" + BODY, header_date="2023-11-16")
        self.assertEqual(draft.date, "2023-11-16")
        self.assertEqual(draft.boilerplate, ["Published: 15 Nov 2023"])
        self.assertEqual(draft.warnings, ["date-conflict: 2023-11-16 kept, front matter 15 Nov 2023 read as 2023-11-15"])

    def test_without_a_title_field_the_head_rules_read_the_text_under_the_fields(self):
        headline = "Council approves new cycle lanes"
        draft = parse_fields(f"Author: Jane Doe\nURL: https://example.com/a\n\n{headline}\n\n{BODY}\n\nMore text.")
        self.assertEqual((draft.title, draft.author, draft.body), (headline, "Jane Doe", f"{BODY}\n\nMore text."))

    def test_a_title_field_leaves_the_first_paragraph_in_the_body(self):
        standfirst = "The plan follows two years of consultation"
        draft = parse_fields(f"Title: Council approves lanes\n\n{standfirst}\n\n{BODY}")
        self.assertEqual((draft.title, draft.subtitle, draft.body), ("Council approves lanes", None, f"{standfirst}\n\n{BODY}"))

    def test_a_labelled_paragraph_of_prose_at_the_head_stays(self):
        rows = [
            "Source: officials said the bridge would reopen in spring.",
            "Source: officials said the bridge would\nreopen in spring, the council said.",
            "Date: Saturday, 18 November 2023\nTime: 6pm\nVenue: Quay Street",
        ]
        for head in rows:
            with self.subTest(head):
                draft = parse_fields(f"{head}\n\n{BODY}", header_date="2023-11-16")
                kept = " ".join(filter(None, (draft.title, draft.subtitle, draft.body)))
                self.assertEqual(kept.split(), f"{head} {BODY}".split())
                self.assertEqual(draft.boilerplate, [])


class FencedFrontMatterTest(unittest.TestCase):
    def test_a_fenced_block_gives_the_head_and_leaves_with_its_fences(self):
        text = (
            '---\ntitle: "Council approves new cycle lanes"\nauthor: Jane Doe\ndate: 2023-11-16T09:30:00+02:00\n'
            "tags: [transport, council]\n---\n\n" + BODY + "\n"
        )
        draft = parse_fields(text)
        self.assertEqual(
            (draft.title, draft.author, draft.date, draft.body),
            ("Council approves new cycle lanes", "Jane Doe", "2023-11-16T09:30:00+02:00", BODY),
        )
        self.assertEqual(draft.boilerplate, ["---", "tags: [transport, council]", "---"])

    def test_fenced_values_lose_their_quotes_and_lists_are_joined(self):
        rows = [
            # (lines between the fences, kind and value of the first field)
            (['title: "Council approves lanes"'], "title", "Council approves lanes"),
            (["title: 'Mayor''s plan approved'"], "title", "Mayor's plan approved"),
            (['title: "The \\"quiet\\" street"'], "title", 'The "quiet" street'),
            (["title: \"Lanes approved'"], "title", "\"Lanes approved'"),
            (["title: Council approves", "  new cycle lanes"], "title", "Council approves new cycle lanes"),
            (["description: >-", "  A plan two years", "  in the making", "title: Lanes"], "subtitle", "A plan two years in the making"),
            (["summary: A plan two years in the making", "title: Lanes"], "subtitle", "A plan two years in the making"),
            (['authors: ["Jane Doe", "Sam Lee"]', "title: Lanes"], "author", "Jane Doe, Sam Lee"),
            (["authors:", "  - Jane Doe", "  - Sam Lee", "title: Lanes"], "author", "Jane Doe, Sam Lee"),
            (["date: '2023-11-16'"], "date", "2023-11-16"),
            (["publishDate: 2023-11-16T09:30:00Z"], "date", "2023-11-16T09:30:00Z"),
            (["date_published: 16 Nov 2023"], "date", "16 Nov 2023"),
            (["lastmod: 2023-11-17", "title: Lanes"], "updated", "2023-11-17"),
            (["tags:", "  - transport", "  - council", "title: Lanes"], "other", "transport, council"),
            (["slug: council-approves-lanes", "title: Lanes"], "other", "council-approves-lanes"),
            (["draft: false", "title: Lanes"], "other", "false"),
            (["image: /img/lanes.jpg", "title: Lanes"], "other", "/img/lanes.jpg"),
        ]
        for block, kind, value in rows:
            with self.subTest(block[0]):
                fields = fenced_fields(["---", *block, "---"])
                self.assertIsNotNone(fields)
                self.assertEqual((fields[1].kind, fields[1].value), (kind, value))
                self.assertEqual(sum(field.lines for field in fields), len(block) + 2)

    def test_a_toml_block_is_read_between_its_own_fences(self):
        lines = ["+++", "title = 'Council approves lanes'", "date = 2023-11-16", 'tags = [', '  "transport",', "]", "+++"]
        fields = fenced_fields(lines)
        self.assertEqual([(f.kind, f.value, f.lines) for f in fields], [
            ("other", "+++", 1), ("title", "Council approves lanes", 1), ("date", "2023-11-16", 1),
            ("other", "transport", 3), ("other", "+++", 1),
        ])  # fmt: skip

    def test_a_scrapers_capitalised_labels_between_fences_are_read_as_labelled_fields(self):
        lines = ["---", "Title: Council approves lanes", "Author: By Jane Doe", "Date: 16 Nov 2023",
                 "URL: https://example.com/a", "---"]
        fields = fenced_fields(lines)
        self.assertEqual([(f.kind, f.value, f.lines) for f in fields], [
            ("other", "---", 1), ("title", "Council approves lanes", 1), ("author", "Jane Doe", 1),
            ("date", "16 Nov 2023", 1), ("other", "https://example.com/a", 1), ("other", "---", 1),
        ])  # fmt: skip
        draft = parse_fields("\n".join(lines) + "\n\n" + BODY)
        self.assertEqual((draft.title, draft.author, draft.date, draft.body), ("Council approves lanes", "Jane Doe",
                                                                              "2023-11-16", BODY))  # fmt: skip

    def test_rules_and_lookalikes_open_no_fenced_block(self):
        rows = [
            ["---"],
            ["---", BODY],
            ["---", "", "title: Lanes", "---"],
            ["---", "title: Lanes"],
            ["---", "title: Lanes", "+++"],
            ["+++", "title: Lanes", "+++"],
            ["---", "Title: Lanes", "Author: Jane Doe", "Pages: 212", "---"],
            ["---", "Title: Lanes", "Note: the council has since approved the lanes.", "---"],
            ["---", "Title: it was, she said, the best of times.", "---"],
            ["+++", "Title: Lanes", "+++"],
            ["---", "slug: lanes", "draft: false", "---"],
            ["---", "update: the council has since approved the lanes.", "---"],
            ["---", "title: Lanes", *[f"tag{n}: x" for n in range(40)], "---"],
        ]
        for lines in rows:
            with self.subTest(lines):
                self.assertIsNone(fenced_fields(lines))

    def test_prose_between_rules_stays_text(self):
        text = f"---\nThe council approved the lanes: work starts in May.\n---\n\n{BODY}\n\n---\n\nMore text."
        draft = parse_fields(text)
        # The rules drawn over and under the record's first line are decoration; the one between paragraphs stays.
        self.assertEqual((draft.title, draft.boilerplate), (None, ["---", "---"]))
        self.assertEqual(draft.body.split(), text.replace("---\n", "", 2).split())


if __name__ == "__main__":
    unittest.main()
