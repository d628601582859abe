"""Unit tests of the scoring rules (python3 -m unittest benches/dates_eval/test_dates_eval.py).

They pin what counts as right, so that a change to the scorers that moves the figures shows here
first. No tagger is run.
"""
import os
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import corpus  # noqa: E402
import meantime  # noqa: E402
import score_corpus  # noqa: E402
import score_phrases  # noqa: E402
import wikiwars  # noqa: E402
from values import matches, value_range  # noqa: E402


class Values(unittest.TestCase):
    def test_points_and_intervals_compare_as_day_ranges(self):
        self.assertEqual(value_range("2013-01/2013-03"), value_range("2013-01-01/2013-03-31"))
        self.assertEqual(value_range("2012"), value_range("2012-01-01/2012-12-31"))
        self.assertEqual(value_range("2012-02"), value_range("2012-02-01/2012-02-29"))
        self.assertIsNone(value_range("2013-02-30"))
        self.assertIsNone(value_range("2014/2013"))
        self.assertIsNone(value_range("PRESENT_REF"))

    def test_years_before_one(self):
        self.assertTrue(matches("-0043", "-0043"))
        self.assertFalse(matches("-0043", "0043"))
        self.assertLess(value_range("-0499/-0400")[1], value_range("0001")[0])

    def test_parts_of_periods(self):
        self.assertTrue(matches("START:2013-04", "2013-04-01/2013-04-10"))
        self.assertFalse(matches("START:2013-04", "2013-04"))          # the whole month is not its start
        self.assertFalse(matches("START:2013-04", "2013-04-10/2013-04-20"))
        self.assertTrue(matches("END:2022", "2022-10/2022-12"))
        self.assertFalse(matches("END:2022", "2022"))
        self.assertTrue(matches("MID:2013-05", "2013-05-11/2013-05-20"))
        self.assertFalse(matches("MID:2013-05", "2013-05-01/2013-05-10"))

    def test_tolerance(self):
        self.assertTrue(matches("~3:2013-06-21/2013-09-22", "2013-06-20/2013-09-23"))
        self.assertFalse(matches("~3:2013-06-21/2013-09-22", "2013"))
        self.assertFalse(matches("2013-02-11", "2013-02-12"))


class Corpus(unittest.TestCase):
    def test_parse_keeps_offsets_and_unescapes(self):
        raw = ('<TimeML><DOCID>d1</DOCID><DCT><TIMEX3 tid="t0" type="DATE" value="1999-05-20" '
               'functionInDocument="CREATION_TIME"/></DCT><TEXT>Fin &amp; été, le <TIMEX3 tid="t1" '
               'type="DATE" value="1999-05-18">mardi <SIGNAL sid="s1">18</SIGNAL></TIMEX3>.</TEXT></TimeML>')
        docid, dct, text, tx = corpus.parse_tml(raw)
        self.assertEqual((docid, dct), ("d1", "1999-05-20"))
        self.assertEqual(text, "Fin & été, le mardi 18.")
        self.assertEqual(tx[0]["text"], "mardi 18")
        self.assertEqual(text.encode()[tx[0]["bstart"]:tx[0]["bend"]].decode(), "mardi 18")

    def test_split_is_by_document_id(self):
        self.assertEqual(corpus.split_half("fr/x"), corpus.split_half("fr/x"))
        halves = {corpus.split_half(f"en/doc{i}") for i in range(20)}
        self.assertEqual(halves, {"dev", "heldout"})


def gold(value, b0, b1, typ="DATE"):
    return {"tid": "t", "type": typ, "value": value, "text": "x", "bstart": b0, "bend": b1}


def sys_(value, b0, b1, grain="day"):
    return {"text": "x", "value": value, "grain": grain, "start": b0, "end": b1}


class CorpusScoring(unittest.TestCase):
    def test_right_wrong_missed_extra(self):
        doc = {"timexes": [gold("1998-08-07", 0, 6), gold("1998-08", 10, 16), gold("1998", 20, 24),
                           gold("PRESENT_REF", 30, 33), gold("P3D", 40, 46, "DURATION")]}
        system = [sys_("1998-08-07", 0, 6), sys_("1997-08", 10, 16, "month"),
                  sys_("2000", 31, 33, "year"), sys_("1998-08-12/1998-08-14", 41, 44, "interval"),
                  sys_("1998-08-01", 50, 55)]
        c, _ = score_corpus.score_doc(doc, system)
        self.assertEqual(c["day"], [1, 1, 1])    # right; the extra day at 50 is a false positive
        self.assertEqual(c["month"], [0, 1, 1])  # wrong value
        self.assertEqual(c["year"], [0, 0, 1])   # missed; unjudged spans (PRESENT_REF, DURATION) ignored

    def test_interval_over_two_gold_timexes_is_scored_by_its_ends(self):
        doc = {"timexes": [gold("1990", 6, 10), gold("1999", 14, 18)]}
        c, _ = score_corpus.score_doc(doc, [sys_("1990/1999", 6, 18, "interval")])
        self.assertEqual(c["year"], [2, 0, 2])

    def test_quarters_compare_as_ranges(self):
        doc = {"timexes": [gold("1989-Q3", 0, 10)]}
        c, _ = score_corpus.score_doc(doc, [sys_("1989-07/1989-09", 0, 10, "interval")])
        self.assertEqual(c["other"], [1, 0, 1])

    def test_mod_convention_reads_a_part_of_the_period(self):
        late = dict(gold("1999-11", 0, 13), mod="END")
        part, whole = sys_("1999-11-21/1999-11-30", 0, 13, "interval"), sys_("1999-11", 0, 13, "month")
        for convention, system, want in (("mod", part, [1, 0, 1]), ("mod", whole, [0, 1, 1]),
                                         ("value", part, [0, 1, 1]), ("value", whole, [1, 0, 1])):
            c, _ = score_corpus.score_doc({"timexes": [late]}, [system], convention)
            self.assertEqual(c["month"], want, (convention, system["value"]))
        early = dict(gold("1990", 0, 10), mod="START")
        c, _ = score_corpus.score_doc({"timexes": [early]}, [sys_("1990-07/1990-09", 0, 10, "interval")])
        self.assertEqual(c["year"], [0, 1, 1])  # a part, but not in the first half

    def test_mod_on_a_day_or_an_approximation_keeps_the_value(self):
        doc = {"timexes": [dict(gold("1998-03-03", 0, 13), mod="START"),
                           dict(gold("1989-11-01", 20, 33), mod="APPROX")]}
        c, _ = score_corpus.score_doc(doc, [sys_("1998-03-03", 0, 13), sys_("1989-11-01", 20, 33)])
        self.assertEqual(c["day"], [2, 0, 2])

    def test_corpus_keeps_mod(self):
        raw = ('<TimeML><DOCID>d1</DOCID><DCT><TIMEX3 tid="t0" type="DATE" value="1999-05-20" '
               'functionInDocument="CREATION_TIME"/></DCT><TEXT>In <TIMEX3 tid="t1" type="DATE" '
               'value="1999-11" mod="END">late November</TIMEX3>.</TEXT></TimeML>')
        _, _, _, tx = corpus.parse_tml(raw)
        self.assertEqual((tx[0]["value"], tx[0]["mod"]), ("1999-11", "END"))

    def test_sub_halves_are_fixed(self):
        self.assertEqual(score_corpus.sub_half("en/x"), score_corpus.sub_half("en/x"))
        self.assertEqual({score_corpus.sub_half(f"fr/doc{i}") for i in range(20)}, {"A", "B"})


class PhraseScoring(unittest.TestCase):
    def row(self, expected, phrase="Score 3-1 hier.", expr="3-1"):
        i = phrase.encode().find(expr.encode())
        return {"expected": expected, "grain": "day", "bstart": i, "bend": i + len(expr.encode())}

    def test_expect_nothing(self):
        r = self.row("NONE")
        self.assertTrue(score_phrases.judge(r, [sys_("2013-02-11", 10, 14)])[0])  # 'hier' is elsewhere
        self.assertFalse(score_phrases.judge(r, [sys_("2013-01-03", 6, 9)])[0])

    def test_alternatives_and_overlap(self):
        r = self.row("2013-02-15|2012-02-15", "Le 15 février.", "15 février")
        self.assertTrue(score_phrases.judge(r, [sys_("2012-02-15", 0, 14)])[0])
        self.assertFalse(score_phrases.judge(r, [sys_("2011-02-15", 0, 14)])[0])
        self.assertFalse(score_phrases.judge(r, [sys_("2013-02-15", 15, 16)])[0])  # no overlap

    def test_tables_are_well_formed(self):
        for lang in ("fr", "en"):
            rows = score_phrases.load(lang)
            fams = {}
            for r in rows:
                fams[r["family"]] = fams.get(r["family"], 0) + 1
                for alt in r["expected"].split("|"):
                    if alt != "NONE":
                        matches(alt, "2013-02-12")  # raises on a malformed expected value
            self.assertTrue(all(n >= 12 for n in fams.values()), (lang, fams))
            self.assertEqual(len(fams), 14, (lang, sorted(fams)))


if __name__ == "__main__":
    unittest.main()


class Meantime(unittest.TestCase):
    # A made-up CAT document in MEANTIME's shape (not corpus text): title, dateline, body.
    CAT = """<?xml version="1.0" ?><Document doc_id="7" doc_name="x" lang="en">
<token number="0" sentence="0" t_id="1">Plant</token>
<token number="1" sentence="0" t_id="2">closes</token>
<token number="2" sentence="1" t_id="3">May</token>
<token number="3" sentence="1" t_id="4">02</token>
<token number="4" sentence="1" t_id="5">,</token>
<token number="5" sentence="1" t_id="6">2009</token>
<token number="6" sentence="2" t_id="7">It</token>
<token number="7" sentence="2" t_id="8">shut</token>
<token number="8" sentence="2" t_id="9">on</token>
<token number="9" sentence="2" t_id="10">Friday</token>
<token number="10" sentence="2" t_id="11">(</token>
<token number="11" sentence="2" t_id="12">``</token>
<token number="12" sentence="2" t_id="13">early</token>
<token number="13" sentence="2" t_id="14">''</token>
<token number="14" sentence="2" t_id="15">)</token>
<token number="15" sentence="2" t_id="16">.</token>
<token number="16" sentence="7" t_id="17">Later</token>
<Markables>
<TIMEX3 anchorTimeID="" functionInDocument="CREATION_TIME" m_id="1" type="DATE" value="2009-05-02">
<token_anchor t_id="3"/><token_anchor t_id="4"/><token_anchor t_id="5"/><token_anchor t_id="6"/>
</TIMEX3>
<TIMEX3 anchorTimeID="1" functionInDocument="NONE" m_id="2" type="DATE" value="2009-05-01">
<token_anchor t_id="10"/>
</TIMEX3>
<TIMEX3 TAG_DESCRIPTOR="x" anchorTimeID="1" functionInDocument="NONE" m_id="3" type="DATE" value="2009"/>
</Markables>
</Document>"""

    def test_dateline_becomes_the_reference_and_text_stops_after_the_annotated_sentences(self):
        doc_id, dct, text, timexes = meantime.parse_cat(self.CAT)
        self.assertEqual((doc_id, dct), ("7", "2009-05-02"))
        self.assertEqual(text, 'Plant closes\nIt shut on Friday ("early").')
        self.assertEqual([(t["text"], t["value"]) for t in timexes], [("Friday", "2009-05-01")])
        self.assertEqual(timexes[0]["bstart"], text.encode().index(b"Friday"))

    def test_split_is_fixed(self):
        self.assertEqual(meantime.split_part("en/1007169"), meantime.split_part("en/1007169"))
        self.assertIn(meantime.split_part("en/100911"), ("tune", "kept"))


class Gum(unittest.TestCase):
    def test_tei_values_become_timeml_ones(self):
        import gum
        self.assertEqual(gum.gold_of("date", {"when": "2006-02-23"}), ("DATE", "2006-02-23"))
        self.assertEqual(gum.gold_of("date", {"when": "2011-04-12T15:11:00"}), ("TIME", "2011-04-12T15:11"))
        self.assertEqual(gum.gold_of("date", {"from": "2016-09-03", "to": "2016-09-04"}),
                         ("DATE", "2016-09-03/2016-09-04"))
        self.assertEqual(gum.gold_of("date", {"notBefore": "2010"}), ("DATE", "XXXX"))
        self.assertEqual(gum.gold_of("date", {"when": "--05-23"}), ("DATE", "XXXX"))

    def test_a_part_on_an_edge_day_is_its_period(self):
        import gum
        self.assertEqual(gum.period_of("the end of the year", "2006-12-31"), "2006")
        self.assertEqual(gum.period_of("late September", "2013-09-15/2013-09-30"), "2013-09")
        self.assertEqual(gum.period_of("late June", "2009-06-30"), "2009-06")
        self.assertIsNone(gum.period_of("early Tuesday", "2014-02-07"))

    def test_an_interval_gold_is_scored_with_the_other_periods(self):
        bucket, r = score_corpus.gold_bucket_range({"type": "DATE", "value": "2016-09-03/2016-09-04"})
        self.assertEqual(bucket, "other")
        self.assertEqual(r, value_range("2016-09-03/2016-09-04"))
        self.assertEqual(score_corpus.gold_bucket_range({"type": "DATE", "value": "--12/--03"}), (None, None))


class WikiWars(unittest.TestCase):
    DOC = ('<TimeML><DOCID>99_Test</DOCID><DCT><TIMEX3 functionInDocument="CREATION_TIME" tid="t0" '
           'type="DATE" value="2009-12-19">2009-12-19</TIMEX3></DCT><TEXT>\n\n99_Test\n HISTORY ARTICLE \n '
           '<TIMEX3 tid="t0" type="TIME" value="2009-12-19T17:00:00">2009-12-19T17:00:00</TIMEX3> \n\n'
           'Course\n\nOn <TIMEX3 tid="t1" type="DATE" value="1940-06-10">June 10</TIMEX3>, it fell.</TEXT></TimeML>')

    def test_header_and_download_stamp_leave_the_text(self):
        docid, dct, text, timexes = wikiwars.parse(self.DOC)
        self.assertEqual((docid, dct), ("99_Test", "2009-12-19"))
        self.assertEqual(text, "Course\n\nOn June 10, it fell.")
        self.assertEqual([(t["tid"], t["text"], t["bstart"]) for t in timexes], [("t1", "June 10", 11)])

    def test_a_text_without_header_is_unchanged(self):
        text, timexes = wikiwars.drop_header("In May.", [{"tid": "t1", "start": 3, "end": 6}])
        self.assertEqual((text, [t["start"] for t in timexes]), ("In May.", [3]))

    def test_split_is_fixed(self):
        self.assertEqual(wikiwars.split_part("en/01_WW2"), "tune")
        self.assertEqual(wikiwars.split_part("en/02_WW1"), "kept")


class NewsEn(unittest.TestCase):
    # Made-up text (not corpus text): the stand-off rows must name the words at their offset.
    TEXT = "Police said on Tuesday that in late 1998 he left."

    def rows(self, *rows):
        import newsen
        import tempfile
        with tempfile.NamedTemporaryFile("w", suffix=".tsv", delete=False, encoding="utf-8") as f:
            f.write("# comment\n" + "".join("\t".join(r) + "\n" for r in rows))
        try:
            return newsen.read_gold(f.name)
        finally:
            os.unlink(f.name)

    def test_rows_join_the_text_with_their_mod(self):
        import newsen
        gold = self.rows(("en/x", "15", "7", "Tuesday", "DATE", "2023-11-07"),
                         ("en/x", "31", "9", "late 1998", "DATE", "1998", "END"))
        timexes = newsen.timexes_of("en/x", self.TEXT, gold["en/x"])
        self.assertEqual([(t["text"], t["value"], t.get("mod")) for t in timexes],
                         [("Tuesday", "2023-11-07", None), ("late 1998", "1998", "END")])
        self.assertEqual(timexes[1]["bstart"], 31)

    def test_a_row_off_its_words_or_overlapping_stops_the_build(self):
        import newsen
        gold = self.rows(("en/x", "14", "7", "Tuesday", "DATE", "2023-11-07"))
        with self.assertRaises(ValueError):
            newsen.timexes_of("en/x", self.TEXT, gold["en/x"])
        gold = self.rows(("en/x", "31", "9", "late 1998", "DATE", "1998"),
                         ("en/x", "36", "4", "1998", "DATE", "1998"))
        with self.assertRaises(ValueError):
            newsen.timexes_of("en/x", self.TEXT, gold["en/x"])

    def test_bad_columns_and_mods_are_refused(self):
        with self.assertRaises(ValueError):
            self.rows(("en/x", "14", "7", "Tuesday", "DATE"))
        with self.assertRaises(ValueError):
            self.rows(("en/x", "14", "7", "Tuesday", "DATE", "2023-11-07", "EARLYISH"))
        with self.assertRaises(ValueError):
            self.rows(("en/x", "14", "7", "Tuesday", "DAY", "2023-11-07"))

    def test_stored_gold_is_well_formed_and_outside_dropped_documents(self):
        import newsen
        gold = newsen.read_gold(newsen.GOLD)
        self.assertGreaterEqual(sum(len(r) for r in gold.values()), 400)
        self.assertFalse(set(gold) & set(newsen.DROPPED))
        self.assertTrue(all(d.startswith("en/dev") for d in gold))
