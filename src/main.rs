//! The `briefing` command line: a thin layer over the library.

use briefing::diagnostics::Diagnostic;
use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

/// Static briefing sites from press articles and editor notes.
#[derive(Parser)]
#[command(name = "briefing", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Build the site into public/ (or output_dir from config.toml).
    Build {
        /// The site folder (holding config.toml and content/).
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Where to write the site, instead of the configured output folder.
        #[arg(long)]
        output: Option<PathBuf>,
    },
    /// Run every check of a build and write nothing.
    Check {
        /// The site folder (holding config.toml and content/).
        #[arg(long, default_value = ".")]
        root: PathBuf,
    },
    /// Create a working dossier (config, a topic, a note, an article) in DIR.
    Init {
        /// The folder to create the dossier in.
        dir: PathBuf,
        /// Write into a folder that is not empty (existing files are kept).
        #[arg(long)]
        force: bool,
    },
    /// Write a new note, topic or curated event with the right front matter.
    New {
        /// What to create.
        #[arg(value_enum)]
        kind: NewKind,
        /// Its title (the file name is its slug, accents folded).
        title: String,
        /// The topic it belongs to (required for an event, which goes into that topic).
        #[arg(long)]
        topic: Option<String>,
        /// The site folder.
        #[arg(long, default_value = ".")]
        root: PathBuf,
    },
    /// Find and resolve the temporal expressions of a text read on stdin.
    Dates {
        /// The text's language.
        #[arg(long, value_parser = ["fr", "en"])]
        lang: String,
        /// The reference date (the article's date) as YYYY-MM-DD; without it, the anchor is
        /// inferred from the text itself where it can be.
        #[arg(long = "ref", value_parser = parse_ref)]
        reference: Option<chrono::NaiveDate>,
        /// One JSON object a line: text, start and end byte offsets, value, grain.
        #[arg(long)]
        json: bool,
    },
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum NewKind {
    Note,
    Topic,
    Event,
}

fn parse_ref(s: &str) -> Result<chrono::NaiveDate, String> {
    chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|e| format!("expected YYYY-MM-DD: {e}"))
}

fn dates(lang: &str, reference: Option<chrono::NaiveDate>, json: bool) -> ExitCode {
    let mut bytes = Vec::new();
    if let Err(e) = std::io::Read::read_to_end(&mut std::io::stdin(), &mut bytes) {
        eprintln!("cannot read stdin: {e}");
        return ExitCode::from(1);
    }
    // Offsets are into stdin as given: invalid UTF-8 is refused, not repaired.
    let Ok(text) = String::from_utf8(bytes) else {
        eprintln!("stdin is not valid UTF-8");
        return ExitCode::from(1);
    };
    let lang = briefing::dates::Lang::from_code(lang).unwrap_or(briefing::dates::Lang::Fr);
    let tagged = briefing::dates::tag(&text, lang, reference);
    if json {
        print!("{}", briefing::dates::to_json_lines(&text, &tagged));
    } else {
        match (tagged.anchor, tagged.anchor_inferred) {
            (Some(a), true) => println!("# anchor {a} (inferred from the text)"),
            (Some(a), false) => println!("# anchor {a}"),
            (None, _) => println!("# no anchor: relative expressions left unresolved"),
        }
        for e in &tagged.exprs {
            let t = text.get(e.start..e.end).unwrap_or("");
            println!("{}-{}\t{}\t{}\t{t}", e.start, e.end, e.value.iso(), e.grain());
        }
    }
    ExitCode::SUCCESS
}

fn report(diags: &[Diagnostic]) {
    for d in diags {
        eprintln!("{d}");
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Build { root, output } => match briefing::build(&root, output.as_deref()) {
            Ok(r) => {
                report(&r.warnings);
                let [a, n, t, e, s] = r.counts;
                let out = r.output.as_deref().map(|p| p.display().to_string()).unwrap_or_default();
                eprintln!(
                    "built {} files into {out}: {t} topics, {n} notes, {a} articles, {s} sources, {e} events",
                    r.files
                );
                ExitCode::SUCCESS
            }
            Err(d) => {
                report(&d);
                let n = d.iter().filter(|x| x.is_error()).count();
                eprintln!("build failed: {n} error{}; the previous site is untouched", if n == 1 { "" } else { "s" });
                ExitCode::from(1)
            }
        },
        Command::Dates { lang, reference, json } => dates(&lang, reference, json),
        Command::Init { dir, force } => match briefing::scaffold::init(&dir, force) {
            Ok(files) => {
                for f in files {
                    println!("{}", f.display());
                }
                eprintln!("dossier created: cd {} && briefing build", dir.display());
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("{e}");
                ExitCode::from(1)
            }
        },
        Command::New { kind, title, topic, root } => {
            let kind = match kind {
                NewKind::Note => briefing::scaffold::Kind::Note,
                NewKind::Topic => briefing::scaffold::Kind::Topic,
                NewKind::Event => briefing::scaffold::Kind::Event,
            };
            let today = chrono::Local::now().date_naive().format("%Y-%m-%d").to_string();
            match briefing::scaffold::new(&root, kind, &title, topic.as_deref(), &today) {
                Ok(path) => {
                    println!("{}", path.display());
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("{e}");
                    ExitCode::from(1)
                }
            }
        }
        Command::Check { root } => match briefing::compile(&root) {
            Ok((_, _, r)) => {
                report(&r.warnings);
                eprintln!("no errors ({} warning{})", r.warnings.len(), if r.warnings.len() == 1 { "" } else { "s" });
                ExitCode::SUCCESS
            }
            Err(d) => {
                report(&d);
                let n = d.iter().filter(|x| x.is_error()).count();
                eprintln!("{n} error{}", if n == 1 { "" } else { "s" });
                ExitCode::from(1)
            }
        },
    }
}
