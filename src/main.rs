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
    /// Run every check of a build, and what a careful editor would check, writing nothing.
    Check {
        /// The site folder (holding config.toml and content/).
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Treat warnings as errors (exit 1 when there is any): for CI before publishing.
        #[arg(long)]
        strict: bool,
        /// How to print the problems: `text` (path:line: message) or `json` (one array on
        /// stdout, each problem with path, line, severity and message).
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
    },
    /// Serve the site on localhost, rebuild it on every change under content/, templates/
    /// and config.toml, and reload the open pages by themselves; a failed build shows its
    /// errors in the terminal and over the page. Serves from memory: writes nothing unless
    /// --output is given.
    Serve {
        /// The site folder (holding config.toml and content/).
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// The port to listen on.
        #[arg(long, default_value_t = 1111)]
        port: u16,
        /// The address to listen on (0.0.0.0 to reach it from other machines).
        #[arg(long, default_value = "127.0.0.1")]
        bind: std::net::IpAddr,
        /// Also write every good build into this folder (without the live-reload script),
        /// guarded like `build --output`.
        #[arg(long)]
        output: Option<PathBuf>,
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
    /// Turn raw articles (pasted text or saved web pages) into Markdown articles with front
    /// matter, written into content/articles/ for the editor to review.
    Import {
        /// The raw articles (.txt, .html).
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Print the Markdown instead of writing files.
        #[arg(long)]
        stdout: bool,
        /// Overwrite an article of the same slug.
        #[arg(long)]
        force: bool,
        /// The site folder (its topics are matched against the text).
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

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Format {
    Text,
    Json,
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

fn import(files: &[PathBuf], stdout: bool, force: bool, root: &std::path::Path) -> ExitCode {
    use briefing::import;
    let topics = import::dossier_topics(root);
    let matcher = briefing::topics::AliasMatcher::new(&topics);
    let mut failed = 0;
    let mut written: Vec<PathBuf> = Vec::new();
    for f in files {
        let shown = f.display();
        let imported = match import::import_file(std::path::Path::new("."), f, &topics, &matcher) {
            Ok(i) => i,
            Err(d) => {
                eprintln!("{d}");
                failed += 1;
                continue;
            }
        };
        report(&imported.warnings);
        if stdout {
            print!("{}", imported.text);
            continue;
        }
        let dest = match import::destination(root, &imported.slug, force) {
            Ok(d) if written.contains(&d) => {
                eprintln!(
                    "{shown}: another file of this import has the slug \"{}\": import it on its own",
                    imported.slug
                );
                failed += 1;
                continue;
            }
            Ok(d) => d,
            Err(e) => {
                eprintln!("{shown}: {e}");
                failed += 1;
                continue;
            }
        };
        if let Err(e) =
            std::fs::create_dir_all(dest.parent().unwrap_or(root)).and_then(|_| std::fs::write(&dest, &imported.text))
        {
            eprintln!("{}: cannot write: {e}", dest.display());
            failed += 1;
            continue;
        }
        let dest = dest.strip_prefix(".").map(std::path::Path::to_path_buf).unwrap_or(dest);
        let guessed = if imported.guessed.is_empty() {
            String::new()
        } else {
            format!(" (to check: {})", imported.guessed.join(", "))
        };
        println!("{}", dest.display());
        eprintln!("{shown} -> {}{guessed}", dest.display());
        if std::fs::canonicalize(f)
            .ok()
            .is_some_and(|p| p.parent() == std::fs::canonicalize(root.join("content/articles")).ok().as_deref())
        {
            eprintln!("{shown}: warning: the raw file is still in content/articles/: remove it, or the article is there twice");
        }
        written.push(dest);
    }
    if failed > 0 {
        eprintln!("{failed} file{} not imported", if failed == 1 { "" } else { "s" });
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn check(root: &std::path::Path, strict: bool, format: Format) -> ExitCode {
    let all = match briefing::compile(root) {
        Ok((_, _, r)) => {
            let mut all = r.warnings;
            all.extend(r.advice);
            briefing::diagnostics::sort(&mut all);
            all
        }
        Err(d) => d,
    };
    let errors = all.iter().filter(|d| d.is_error()).count();
    let warnings = all.len() - errors;
    let failed = errors > 0 || (strict && warnings > 0);
    if format == Format::Json {
        println!("{}", serde_json::to_string_pretty(&all).unwrap_or_else(|_| "[]".into()));
    } else {
        report(&all);
        let plural = |n: usize| if n == 1 { "" } else { "s" };
        let strict_note = if strict && warnings > 0 { " (--strict: warnings fail the check)" } else { "" };
        eprintln!("{errors} error{}, {warnings} warning{}{strict_note}", plural(errors), plural(warnings));
    }
    if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
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
                if !r.advice.is_empty() {
                    let n = r.advice.len();
                    eprintln!(
                        "{n} more thing{} for an editor to look at (guessed metadata, thin citations, …): `briefing check` lists them",
                        if n == 1 { "" } else { "s" }
                    );
                }
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
        Command::Serve { root, port, bind, output } => {
            match briefing::serve::run(briefing::serve::Options { root, bind, port, output }) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("{e}");
                    ExitCode::from(1)
                }
            }
        }
        Command::Dates { lang, reference, json } => dates(&lang, reference, json),
        Command::Import { files, stdout, force, root } => import(&files, stdout, force, &root),
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
        Command::Check { root, strict, format } => check(&root, strict, format),
    }
}
