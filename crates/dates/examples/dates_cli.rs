//! The tagger alone, with the command line of `briefing dates`: reads a text on stdin and
//! prints one JSON object per expression.
//!
//! `cargo run --release -p briefing-dates --example dates_cli -- dates --lang fr --ref 2013-02-12 --json`
//! (the leading `dates` is accepted so that scripts written for `briefing` can call it).

use briefing_dates::{tag, to_json_lines, Lang};
use std::io::Read;

fn main() {
    let mut lang = Lang::Fr;
    let mut reference = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--lang" => lang = args.next().as_deref().and_then(Lang::from_code).unwrap_or(Lang::Fr),
            "--ref" => reference = args.next().and_then(|d| chrono::NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok()),
            _ => {}
        }
    }
    let mut text = String::new();
    if std::io::stdin().read_to_string(&mut text).is_err() {
        eprintln!("stdin is not UTF-8 text");
        std::process::exit(1);
    }
    print!("{}", to_json_lines(&text, &tag(&text, lang, reference)));
}
