//! The `briefing` command line: a thin layer over the library.

use briefing::diagnostics::Diagnostic;
use briefing::Stage;
use clap::{Parser, Subcommand};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

// glibc's malloc showed in a third of a large build's samples (many small strings freed from
// every render thread); mimalloc's per-thread heaps take that to a few percent.
#[global_allocator]
static ALLOC: Mimalloc = Mimalloc;

/// mimalloc as the global allocator. The `mimalloc` crate's own allocator calls the
/// `_aligned` entry points for every request, and those check the alignment again on each of
/// a build's millions of allocations (about 2% of a 10,000-article build's instructions).
/// Every mimalloc block is aligned to a word, so a request for a word's alignment or less can
/// take the plain entry points.
struct Mimalloc;

/// The alignment every mimalloc block has (`MI_INTPTR_SIZE`).
const WORD_ALIGN: usize = std::mem::size_of::<usize>();

extern "C" {
    fn mi_malloc(size: usize) -> *mut std::ffi::c_void;
    fn mi_zalloc(size: usize) -> *mut std::ffi::c_void;
    fn mi_realloc(p: *mut std::ffi::c_void, newsize: usize) -> *mut std::ffi::c_void;
}

// SAFETY: every path hands the request to mimalloc, which returns a block of at least the
// size asked, aligned as asked (the plain entry points only serve alignments up to a word,
// which every block has), or null on failure; `dealloc` and `realloc` receive only blocks
// mimalloc allocated, as `GlobalAlloc` guarantees.
unsafe impl std::alloc::GlobalAlloc for Mimalloc {
    unsafe fn alloc(&self, layout: std::alloc::Layout) -> *mut u8 {
        if layout.align() <= WORD_ALIGN {
            mi_malloc(layout.size()).cast()
        } else {
            mimalloc::MiMalloc.alloc(layout)
        }
    }

    unsafe fn alloc_zeroed(&self, layout: std::alloc::Layout) -> *mut u8 {
        if layout.align() <= WORD_ALIGN {
            mi_zalloc(layout.size()).cast()
        } else {
            mimalloc::MiMalloc.alloc_zeroed(layout)
        }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: std::alloc::Layout) {
        mimalloc::MiMalloc.dealloc(ptr, layout)
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: std::alloc::Layout, new_size: usize) -> *mut u8 {
        if layout.align() <= WORD_ALIGN {
            mi_realloc(ptr.cast(), new_size).cast()
        } else {
            mimalloc::MiMalloc.realloc(ptr, layout, new_size)
        }
    }
}

/// mimalloc's defaults trade memory for speed: freed pages are given back to the system
/// only after a delay, and arenas are committed ahead of use. A large build frees much of
/// what it resolved before it renders, so these cost it a tenth of its peak (420 against
/// 494 MiB on 10,000 articles). Freed pages are given back after 10 ms rather than at once:
/// a page given back and taken again is zeroed by the kernel, which with no delay was a
/// tenth of a large build's processor time (10 ms: about 200,000 page faults instead of
/// 300,000 on 10,000 articles, and the same peak within a few MiB).
///
/// mimalloc also asks Linux for transparent huge pages on its arenas: a 2 MiB page is
/// resident whole once any of it is touched, and memory freed inside it is not given back.
/// Without them a 10,000-article build peaks 20 MiB lower (345 against 365 MiB, measured
/// with `MIMALLOC_ALLOW_THP=0`), with less system time.
fn tune_allocator() {
    #[cfg(target_os = "linux")]
    {
        const PR_SET_THP_DISABLE: std::ffi::c_int = 41;
        extern "C" {
            fn prctl(option: std::ffi::c_int, ...) -> std::ffi::c_int;
        }
        // SAFETY: PR_SET_THP_DISABLE takes one integer argument (the rest must be 0) and
        // only sets a flag of this process; a failure leaves huge pages allowed, harmlessly.
        unsafe {
            prctl(
                PR_SET_THP_DISABLE,
                1 as std::ffi::c_ulong,
                0 as std::ffi::c_ulong,
                0 as std::ffi::c_ulong,
                0 as std::ffi::c_ulong,
            );
        }
    }
    // The option numbers of mimalloc v3's `mi_option_t` (`include/mimalloc.h`), the version
    // `libmimalloc-sys` builds by default; `Cargo.lock` pins it.
    const ARENA_EAGER_COMMIT: std::ffi::c_int = 4;
    const PURGE_DELAY: std::ffi::c_int = 15;
    const PAGE_COMMIT_ON_DEMAND: std::ffi::c_int = 40;
    extern "C" {
        fn mi_option_set(option: std::ffi::c_int, value: std::ffi::c_long);
    }
    // SAFETY: `mi_option_set` only stores a value mimalloc reads when it next needs it; it is
    // defined by the mimalloc linked in as the global allocator, and these options exist in it.
    // An option given in the environment (`MIMALLOC_PURGE_DELAY=…`, as mimalloc reads it)
    // wins: setting it here would hide it, and it is how to weigh time against memory.
    let unset = |name: &str| std::env::var_os(format!("MIMALLOC_{name}")).is_none();
    unsafe {
        if unset("PURGE_DELAY") {
            mi_option_set(PURGE_DELAY, 10);
        }
        if unset("ARENA_EAGER_COMMIT") {
            mi_option_set(ARENA_EAGER_COMMIT, 0);
        }
        if unset("PAGE_COMMIT_ON_DEMAND") {
            mi_option_set(PAGE_COMMIT_ON_DEMAND, 1);
        }
    }
}

/// Static briefing sites from press articles and editor notes.
#[derive(Parser)]
#[command(name = "briefing", version, about, long_about = None)]
struct Cli {
    /// Print only errors: no warnings, no summary, no progress bar.
    #[arg(short, long, global = true, conflicts_with = "verbose")]
    quiet: bool,
    /// Also print how long each stage took, and on `build` every item for an editor to look
    /// at rather than their number.
    #[arg(short, long, global = true)]
    verbose: bool,
    #[command(subcommand)]
    command: Command,
}

/// How much to say on stderr, and how.
#[derive(Clone, Copy)]
struct Say {
    quiet: bool,
    verbose: bool,
    color: bool,
}

impl Say {
    /// Prints `diags` (paths relative to `root`) with their source lines; warnings are left
    /// out when quiet.
    fn diagnostics(self, root: &Path, diags: &[Diagnostic]) {
        let shown: Vec<Diagnostic> = diags.iter().filter(|d| !self.quiet || d.is_error()).cloned().collect();
        eprint!("{}", briefing::report::render(root, &shown, self.color));
    }

    /// A line of commentary (a summary, what was written): not when quiet.
    fn note(self, line: std::fmt::Arguments) {
        if !self.quiet {
            eprintln!("{line}");
        }
    }

    /// The stage timings, when verbose.
    fn timings(self, t: &briefing::Timings) {
        if self.verbose {
            let ms = |d: std::time::Duration| format!("{:.1} ms", d.as_secs_f64() * 1000.0);
            let write = if t.write.is_zero() { String::new() } else { format!(", write {}", ms(t.write)) };
            eprintln!("timings: load {}, resolve {}, render {}{write}", ms(t.load), ms(t.resolve), ms(t.render));
        }
    }
}

/// A spinner naming the stage of a build, on stderr when it is a terminal. It appears only
/// once a build has taken 300 ms, so that a quick one prints nothing more and leaves no
/// trace, and it is cleared (on drop) before anything else is printed.
struct Progress {
    bar: indicatif::ProgressBar,
    stop: Option<std::sync::mpsc::Sender<()>>,
    shower: Option<std::thread::JoinHandle<()>>,
}

impl Progress {
    fn new(enabled: bool) -> Self {
        use std::io::IsTerminal;
        let bar = indicatif::ProgressBar::hidden();
        if let Ok(style) = indicatif::ProgressStyle::with_template("{spinner} {msg} ({elapsed})") {
            bar.set_style(style);
        }
        if !enabled || !std::io::stderr().is_terminal() {
            return Progress { bar, stop: None, shower: None };
        }
        let (stop, stopped) = std::sync::mpsc::channel::<()>();
        let shown = bar.clone();
        let shower = std::thread::spawn(move || {
            // Dropping the sender ends the wait at once: the build finished first.
            if let Err(std::sync::mpsc::RecvTimeoutError::Timeout) =
                stopped.recv_timeout(std::time::Duration::from_millis(300))
            {
                shown.set_draw_target(indicatif::ProgressDrawTarget::stderr());
                shown.enable_steady_tick(std::time::Duration::from_millis(100));
            }
        });
        Progress { bar, stop: Some(stop), shower: Some(shower) }
    }

    fn stage(&self, stage: Stage) {
        const SPINNER: &str = "{spinner} {msg} ({elapsed})";
        // Rendering is the longest stage of a large build: a bar that fills, not a spinner.
        const BAR: &str = "{spinner} {msg} [{bar:30}] {percent}% ({elapsed})";
        let (message, template) = match stage {
            Stage::Load => ("loading content/".to_string(), SPINNER),
            Stage::Resolve { documents } => (format!("resolving {documents} documents"), SPINNER),
            Stage::Render { pages, steps } => {
                self.bar.set_length(steps as u64);
                self.bar.set_position(0);
                (format!("rendering {pages} pages"), BAR)
            }
            Stage::Write { files } => (format!("writing {files} files"), SPINNER),
            Stage::Step => return self.bar.inc(1),
        };
        self.bar.set_message(message);
        if let Ok(style) = indicatif::ProgressStyle::with_template(template) {
            self.bar.set_style(style.progress_chars("=> "));
        }
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        drop(self.stop.take());
        if let Some(h) = self.shower.take() {
            let _ = h.join();
        }
        self.bar.finish_and_clear();
    }
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
        /// How to print the problems: `text` (path:line:column: message, the line and what to
        /// do) or `json` (one array on stdout, each problem with path, line, column, severity
        /// and message).
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
        #[arg(long, required_if_eq("kind", "event"))]
        topic: Option<String>,
        /// For an entity: what it is.
        #[arg(long = "kind", value_enum, default_value = "person")]
        actor_kind: ActorKindArg,
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
    /// A person, place or organisation, in content/entities/.
    Entity,
}

/// What an actor (`new entity`) is.
#[derive(Clone, Copy, clap::ValueEnum)]
enum ActorKindArg {
    Person,
    Place,
    Organisation,
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

fn import(files: &[PathBuf], stdout: bool, force: bool, root: &Path, say: Say) -> ExitCode {
    use briefing::import;
    let topics = import::dossier_topics(root);
    let matcher = briefing::topics::AliasMatcher::new(&topics);
    let mut failed = 0;
    let mut written: Vec<PathBuf> = Vec::new();
    // The files are named as given, relative to the current folder.
    let here = Path::new(".");
    for f in files {
        let shown = f.display();
        let imported = match import::import_file(here, f, &topics, &matcher) {
            Ok(i) => i,
            Err(d) => {
                say.diagnostics(here, &[d]);
                failed += 1;
                continue;
            }
        };
        say.diagnostics(here, &imported.warnings);
        if stdout {
            print!("{}", imported.text);
            continue;
        }
        let dest = match import::destination(root, f, &imported.slug, force) {
            Ok(d) if written.contains(&d) => {
                let clash =
                    Diagnostic::error(f, 0, format!("another file of this import has the slug \"{}\"", imported.slug))
                        .with_help("import it on its own, or give it another slug in a sidecar");
                say.diagnostics(here, &[clash]);
                failed += 1;
                continue;
            }
            Ok(d) => d,
            Err(d) => {
                say.diagnostics(here, &[d]);
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
        let dest = dest.strip_prefix(".").map(Path::to_path_buf).unwrap_or(dest);
        let guessed = if imported.guessed.is_empty() {
            String::new()
        } else {
            format!(" (to check: {})", imported.guessed.join(", "))
        };
        println!("{}", dest.display());
        say.note(format_args!("{shown} -> {}{guessed}", dest.display()));
        if std::fs::canonicalize(f)
            .ok()
            .is_some_and(|p| p.parent() == std::fs::canonicalize(root.join("content/articles")).ok().as_deref())
        {
            say.note(format_args!(
                "{shown}: warning: the raw file is still in content/articles/: remove it, or the article is there twice"
            ));
        }
        written.push(dest);
    }
    if failed > 0 {
        say.note(format_args!("{failed} file{} not imported", if failed == 1 { "" } else { "s" }));
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn check(root: &Path, strict: bool, format: Format, say: Say) -> ExitCode {
    let progress = Progress::new(!say.quiet && format == Format::Text);
    let checked = briefing::check_with_progress(root, &|s| progress.stage(s));
    drop(progress);
    let (mut all, timings) = match checked {
        Ok(r) => {
            let mut all = r.warnings;
            all.extend(r.advice);
            briefing::diagnostics::sort(&mut all);
            (all, Some(r.timings))
        }
        Err(d) => (d, None),
    };
    let errors = all.iter().filter(|d| d.is_error()).count();
    let suggestions = all.iter().filter(|d| d.severity == briefing::diagnostics::Severity::Suggestion).count();
    let warnings = all.len() - errors - suggestions;
    // Suggestions (actors to declare) are the editors' choice: they never fail a check.
    let failed = errors > 0 || (strict && warnings > 0);
    if format == Format::Json {
        // Tools get the columns a terminal report would show.
        briefing::report::locate(root, &mut all);
        println!("{}", serde_json::to_string_pretty(&all).unwrap_or_else(|_| "[]".into()));
    } else {
        // Under --strict, warnings fail the check: even a quiet one shows them.
        let shown = Say { quiet: say.quiet && !strict, ..say };
        shown.diagnostics(root, &all);
        let plural = |n: usize| if n == 1 { "" } else { "s" };
        let strict_note = if strict && warnings > 0 { " (--strict: warnings fail the check)" } else { "" };
        let suggested =
            if suggestions > 0 { format!(", {suggestions} suggestion{}", plural(suggestions)) } else { String::new() };
        say.note(format_args!(
            "{errors} error{}, {warnings} warning{}{suggested}{strict_note}",
            plural(errors),
            plural(warnings)
        ));
    }
    if let Some(t) = timings {
        say.timings(&t);
    }
    if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn build(root: &Path, output: Option<&Path>, say: Say) -> ExitCode {
    let progress = Progress::new(!say.quiet);
    let built = briefing::build_with_progress(root, output, &|s| progress.stage(s));
    drop(progress);
    match built {
        Ok(r) => {
            say.diagnostics(root, &r.warnings);
            if say.verbose {
                say.diagnostics(root, &r.advice);
            } else if !r.advice.is_empty() {
                let n = r.advice.len();
                say.note(format_args!(
                    "{n} more thing{} for an editor to look at (guessed metadata, thin citations, …): `briefing check` lists them",
                    if n == 1 { "" } else { "s" }
                ));
            }
            let c = r.counts;
            let out =
                r.output.as_deref().map(|p| p.strip_prefix(".").unwrap_or(p).display().to_string()).unwrap_or_default();
            say.note(format_args!(
                "built {} into {out}: {}, {}, {}, {}, {}, {}",
                count(r.files, "file"),
                count(c.topics, "topic"),
                count(c.notes, "note"),
                count(c.articles, "article"),
                count(c.sources, "source"),
                count(c.actors, "actor"),
                count(c.events, "event")
            ));
            say.timings(&r.timings);
            ExitCode::SUCCESS
        }
        Err(d) => {
            say.diagnostics(root, &d);
            let n = d.iter().filter(|x| x.is_error()).count();
            say.note(format_args!(
                "build failed: {n} error{}; the previous site is untouched",
                if n == 1 { "" } else { "s" }
            ));
            ExitCode::from(1)
        }
    }
}

/// `1 article`, `2 articles`: a count that agrees with its number.
fn count(n: usize, noun: &str) -> String {
    format!("{n} {noun}{}", if n == 1 { "" } else { "s" })
}

/// The command that builds a new dossier in `dir`, written the way this `briefing` was run:
/// by its path when it was run by one (`target/release/briefing`), which may not be on the
/// PATH, and as `briefing` otherwise.
fn next_step(dir: &Path) -> String {
    let me = std::env::args().next().filter(|a| a.contains('/')).unwrap_or_else(|| "briefing".into());
    let quote = |s: &str| {
        if s.chars().all(|c| c.is_alphanumeric() || "/._-".contains(c)) {
            s.to_string()
        } else {
            format!("'{}'", s.replace('\'', "'\\''"))
        }
    };
    format!("{} build --root {}", quote(&me), quote(&dir.display().to_string()))
}

fn main() -> ExitCode {
    tune_allocator();
    let cli = Cli::parse();
    let say = Say { quiet: cli.quiet, verbose: cli.verbose, color: briefing::report::stderr_color() };
    match cli.command {
        Command::Build { root, output } => build(&root, output.as_deref(), say),
        Command::Serve { root, port, bind, output } => {
            match briefing::serve::run(briefing::serve::Options { root, bind, port, output, quiet: say.quiet }) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("{e}");
                    ExitCode::from(1)
                }
            }
        }
        Command::Dates { lang, reference, json } => dates(&lang, reference, json),
        Command::Import { files, stdout, force, root } => import(&files, stdout, force, &root, say),
        Command::Init { dir, force } => match briefing::scaffold::init(&dir, force) {
            Ok(files) => {
                for f in files {
                    println!("{}", f.display());
                }
                say.note(format_args!("dossier created; next: {}", next_step(&dir)));
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("error: {e}");
                ExitCode::from(1)
            }
        },
        Command::New { kind, title, topic, actor_kind, root } => {
            use briefing::content::entity::ActorKind;
            let kind = match kind {
                NewKind::Note => briefing::scaffold::Kind::Note,
                NewKind::Topic => briefing::scaffold::Kind::Topic,
                NewKind::Event => briefing::scaffold::Kind::Event,
                NewKind::Entity => briefing::scaffold::Kind::Entity(match actor_kind {
                    ActorKindArg::Person => ActorKind::Person,
                    ActorKindArg::Place => ActorKind::Place,
                    ActorKindArg::Organisation => ActorKind::Organisation,
                }),
            };
            let today = chrono::Local::now().date_naive().format("%Y-%m-%d").to_string();
            match briefing::scaffold::new(&root, kind, &title, topic.as_deref(), &today) {
                Ok(path) => {
                    // `content/notes/x.md`, not `./content/notes/x.md`, for the default root.
                    println!("{}", path.strip_prefix(".").unwrap_or(&path).display());
                    ExitCode::SUCCESS
                }
                Err(e @ briefing::scaffold::ScaffoldError::NoTopic) => {
                    eprintln!("error: {e}");
                    ExitCode::from(2)
                }
                Err(e) => {
                    eprintln!("error: {e}");
                    ExitCode::from(1)
                }
            }
        }
        Command::Check { root, strict, format } => check(&root, strict, format, say),
    }
}
