//! Informal English and web text (tweets, interviews, blogs): the pieces added for the tune
//! halves of the SynTime tweets, GUM and EventStoryLine (round 63, issue 11).

use super::*;

fn spans(text: &str, anchor: &str) -> Vec<(String, String)> {
    let anchor = NaiveDate::parse_from_str(anchor, "%Y-%m-%d").ok();
    let today = NaiveDate::from_ymd_opt(2026, 11, 21).unwrap();
    tag_at(text, Lang::En, anchor, today)
        .exprs
        .iter()
        .map(|e| (text[e.start..e.end].to_string(), e.value.iso()))
        .collect()
}

fn values(text: &str, anchor: &str) -> Vec<String> {
    spans(text, anchor).into_iter().map(|(_, v)| v).collect()
}

fn s(a: &str, b: &str) -> (String, String) {
    (a.to_string(), b.to_string())
}

#[test]
fn a_clock_with_its_colon_left_out_before_its_mark_is_a_time() {
    let a = "2014-04-26";
    assert_eq!(spans("Event starts at 430pm @ Vivo Amphitheater!", a), [s("430pm", a)]);
    assert_eq!(spans("I joined him at 1130pm after knowing", a), [s("1130pm", a)]);
    assert_eq!(spans("Doors open 1000AM sharp", a), [s("1000AM", a)]);
    // No hour of a 12-hour clock, or no minute: no clock.
    assert!(spans("He ran 1375pm and 1999pm", a).is_empty());
    assert!(spans("He ran 1360pm", a).is_empty());
    // The hour said twice: `12 noon`.
    assert_eq!(spans("A new maxi skirt coming up later at 12 noon!", a), [s("12 noon", a)]);
    assert_eq!(spans("Open till 12 midnight", a), [s("12 midnight", a)]);
}

#[test]
fn a_day_with_its_month_glued_is_that_day() {
    assert_eq!(spans("@Jacq 26nov 2015... Lazy study leh", "2014-08-10"), [s("26nov 2015", "2015-11-26")]);
    assert_eq!(values("Exams end 3Dec, then holidays", "2014-11-20"), ["2014-12-03"]);
    // A number run into a month that has its own day is page text run together.
    let text = "How to Write a Blog - Episode 15July 15, 2016";
    assert!(spans(text, "2020-04-25").iter().all(|(t, _)| t != "15July"));
    // Not a month: no date.
    assert!(spans("We walked 12mo and 5km", "2014-11-20").is_empty());
}

#[test]
fn an_ordinal_before_last_is_a_rank_from_the_end() {
    let a = "2014-11-17";
    assert!(spans("got all kind of health problems on the 2nd last day in The Philippines", a).is_empty());
    assert!(spans("It rained on the second last day of the trip", a).is_empty());
    // Without `the`, the ordinal may be a place won before the date.
    let text = "Degenkolb, seventh last weekend at Milano-San Remo, added that he is looking ahead.";
    assert_eq!(values(text, "2017-03-25"), ["2017-03-18/2017-03-19"]);
}

#[test]
fn an_ordinal_alone_after_in_the_is_a_rank() {
    let a = "2014-10-01";
    assert!(spans("The Council will be participating in the 5th...", a).is_empty());
    assert!(spans("Awesome AB by Cespedes in the 6th, and I heart Chris Carter.", a).is_empty());
    // `on`, `by`, `from the 5th` keep the day of the month.
    assert_eq!(values("We meet again on the 5th...", a), ["2014-10-05"]);
    assert_eq!(values("Payment is due by the 5th.", a), ["2014-10-05"]);
}

#[test]
fn a_name_before_a_holiday_makes_it_a_name() {
    let a = "2016-09-07";
    assert!(spans("Atwood launched her graphic novel, with illustrator Johnnie Christmas.", a).is_empty());
    assert!(spans("Kids met a man dressed as Father Christmas.", a).is_empty());
    // Greetings, a title's capitals, a sentence's first word and a year keep the holiday.
    assert_eq!(values("We wish you a Merry Christmas!", "2016-12-20"), ["2016-12-25"]);
    assert_eq!(values("How to Survive Christmas", "2016-12-20"), ["2016-12-25"]);
    assert_eq!(values("Fans watched the Debenhams Christmas 2023 reveal.", "2023-11-03"), ["2023-12-25"]);
}

#[test]
fn a_gathering_named_after_a_coming_holiday_is_this_seasons() {
    assert_eq!(values("Went to some random Christmas party with my beautiful mom", "2014-12-21"), ["2014-12-25"]);
    assert_eq!(values("The office Christmas lunch was cancelled.", "2014-12-10"), ["2014-12-25"]);
    // The sentence may date it to another year; the holiday alone keeps the past one; after
    // the day, or more than a month before it, the past one.
    let text = "This time last year, I had the best family Xmas dinner.";
    assert_eq!(spans(text, "2014-12-24")[1], s("Xmas", "2013-12-25"));
    assert_eq!(values("Christmas was quiet.", "2014-12-21"), ["2013-12-25"]);
    assert_eq!(values("We went to the Christmas party.", "2015-01-05"), ["2014-12-25"]);
    assert_eq!(values("We went to the Christmas party.", "2014-11-10"), ["2013-12-25"]);
}

#[test]
fn a_weekday_after_a_habit_in_its_sentence_is_part_of_it() {
    let a = "2007-11-25";
    let text = "We whittle that down on a Monday to about a hundred, come in Tuesday and pick an issue.";
    assert!(spans(text, a).is_empty());
    assert!(spans("Every Monday we plan, and Tuesday we write.", a).is_empty());
    // A habit in another sentence says nothing of this one.
    assert_eq!(values("We plan on a Monday. The board met Tuesday.", a), ["2007-11-20"]);
}

#[test]
fn the_weekend_the_writer_is_in_or_about_to_start() {
    // A Friday, a Saturday.
    let (fri, sat) = ("2012-03-30", "2014-01-25");
    assert_eq!(values("TGIF! Cheers to a great weekend ahead!", fri), ["2012-03-31/2012-04-01"]);
    assert_eq!(values("It's the weekend, Stop working and go shopping!", sat), ["2014-01-25/2014-01-26"]);
    assert_eq!(values("Its the weekend! Wind down.", fri), ["2012-03-31/2012-04-01"]);
    assert_eq!(values("Take some time off this long weekend with us!", "2014-02-01"), ["2014-02-01/2014-02-02"]);
    // Not when the phrase goes on; `over the weekend` unchanged.
    assert!(spans("It is the weekend that matters most.", fri).is_empty());
    assert_eq!(values("Police arrested him over the weekend.", fri), ["2012-03-24/2012-03-25"]);
}

#[test]
fn today_set_against_a_past_era_is_nowadays() {
    let a = "2015-01-06";
    let text =
        "In those days I believed there was a difference in the parties. Today, like many Americans, I am skeptical.";
    assert!(spans(text, a).is_empty());
    assert!(spans("Back then we had no phones. Today, everyone has one.", a).is_empty());
    // Without the era before, or inside the sentence, `Today,` is the day.
    assert_eq!(values("I believed there was a difference. Today, I am skeptical.", a), ["2015-01-06"]);
}
