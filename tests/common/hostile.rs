//! A hostile dossier: markup, script, event-handler, SVG, frame, style and `javascript:`
//! payloads in every field an editor or a pasted article can fill, and the checks that none
//! of them comes out of a build as markup. Shared by `tests/hostile.rs` (the files) and
//! `tests/browser.rs` (the same site opened in Chromium).

use super::write_files;
use std::path::Path;

/// Every payload calls `alert`, `confirm` or `prompt` (a dialog Chromium reports) and names
/// `xss`, so that whatever survives as markup is found by that name. Resources point at
/// `xss.invalid`, a name that never resolves. No payload holds `'''` (the TOML literal
/// strings that carry them) nor a line break.
pub const PAYLOADS: &[&str] = &[
    "<script>alert('xss-script')</script>",
    "<img src=https://xss.invalid/i.png onerror=\"alert('xss-img')\">",
    "<svg onload=\"alert('xss-svg')\"><circle r=9 /></svg>",
    "<iframe src=\"javascript:alert('xss-iframe')\"></iframe>",
    "<style>/*xss*/body{display:none}</style>",
    "<a href=\"javascript:alert('xss-a')\">xss-link</a>",
    "<b style=\"--xss:1;position:fixed;inset:0\" onclick=\"confirm('xss-style')\">xss-style</b>",
    "\"><script>prompt('xss-attr')</script><x y=\"",
    "' onmouseover='alert(`xss-quote`)' x='",
    "<object data=\"https://xss.invalid/o.swf\"></object><embed src=\"https://xss.invalid/e.swf\">",
    "<form action=\"https://xss.invalid/f\"><button formaction=\"javascript:alert('xss-form')\">x</button></form>",
    "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert('xss-meta')\">",
    "<link rel=stylesheet href=\"https://xss.invalid/s.css\"><base href=\"https://xss.invalid/\">",
    "<details open ontoggle=\"alert('xss-details')\">x</details><math><mtext><img src=x onerror=\"alert('xss-math')\"></mtext></math>",
];

/// All payloads in one line, for a field that takes one string.
pub fn all() -> String {
    PAYLOADS.concat()
}

/// A hostile value that is still a web URL (what front matter accepts): it tries to leave
/// the attribute it is written in.
pub const URL: &str =
    "https://xss.invalid/a?q=\"><script>alert('xss-url')</script><img/src=x/onerror=alert('xss-url2')>";

/// Writes the hostile dossier under `root`: a topic, a note, a Markdown article, a pasted
/// `.txt` article with its sidecar, a saved `.html` page and an actor, payloads in every field.
pub fn write_site(root: &Path) {
    let p = all();
    let l = |s: &str| format!("'''{s}'''");
    let config =
        "title = \"Hostile dossier\"\nlanguage = \"en\"\nauthor = \"Desk\"\nbase_url = \"https://example.org/h/\"\n";
    let topic = format!(
        "+++\ntitle = {t}\nsummary = {t}\naliases = [\"troops\", {t}]\nkeywords = [{t}]\n\n[[events]]\ndate = \"2022-12-19\"\ntext = {t}\nsources = [\"hostile-md\"]\n\n[[events]]\ndate = \"2022-12-21\"\ntext = '''Link [x](javascript:alert('xss-md-event')) <script>alert('xss-ev')</script>'''\n+++\n\
The briefing: {p}\n\nA link [click](javascript:alert('xss-md')) and <javascript:alert('xss-auto')>, \
a [reference][r] and ![image](javascript:alert('xss-mdimg')) cite [@hostile-md].\n\n[r]: javascript:alert('xss-ref')\n\n\
<div onmouseover=\"alert('xss-block')\">\n\n{p}\n\n</div>\n\n## {p}\n\n- item {p}\n\n> quote {p}\n",
        t = l(&p),
    );
    let note = format!(
        "+++\ntitle = {t}\nauthor = {t}\nsummary = {t}\ndate = \"2022-12-20\"\ntopics = [\"hostile\"]\n\n[[events]]\ndate = \"2022-12-18\"\ntext = {t}\n+++\n\
A note {p} citing [@hostile-md, {pl}] and [@hostile-txt].\n\n<script>alert('xss-note')</script>\n\n<img src=x onerror=\"alert('xss-note-img')\">\n\n\
[^1]: A footnote {p}\n\nWith a footnote[^1].\n",
        t = l(&p),
        pl = "p. <b onclick=alert('xss-loc')>3</b>",
    );
    let md_article = format!(
        "+++\ntitle = {t}\nauthor = {t}\noutlet = {t}\nsummary = {t}\ndate = \"2022-12-20\"\nurl = {u}\nlanguage = \"en\"\ntopics = [\"hostile\"]\n\n\
[[sources]]\nid = 1\ntitle = {t}\noutlet = {t}\nauthor = {t}\ndate = \"2022-12-01\"\nurl = {u}\ntext = {t}\n+++\n\
On Monday 19 December 2022 the troops gathered {p} near the border, officials said[^1].\n\n\
A [link](javascript:alert('xss-art-md')) and <a href=\"javascript:alert('xss-art-a')\">raw</a> on 20 December 2022.\n\n\
<script>alert('xss-art-script')</script>\n",
        t = l(&p),
        u = l(URL),
    );
    let txt = format!(
        "{p}\n\nBy {p}\n\n19/12/2022\n\nOn Monday 19 December 2022, the troops gathered near the border {p}, officials said in a statement on Tuesday.\n\n\
The ministry said on 18 December 2022 that <iframe src=javascript:alert('xss-txt')></iframe> drills would go on.\n\n\
Sources\n\n1. {p}, Wire, 2 December 2022, javascript:alert('xss-src') {URL}\n"
    );
    // An actor whose every field is hostile; `troops` makes it linked from the other pages.
    let aliases: Vec<String> = PAYLOADS.iter().map(|a| l(&format!("xss alias {a}"))).collect();
    let entity = format!(
        "+++\nname = {t}\nkind = \"organisation\"\naliases = [\"troops\", {a}]\ndescription = {t}\ntopics = [\"hostile\"]\n+++\n\
Who they are: {p}\n\nA [link](javascript:alert('xss-actor-md')) and the troops.\n\n<script>alert('xss-actor')</script>\n\n## {p}\n",
        t = l(&p),
        a = aliases.join(", "),
    );
    let sidecar = format!("title = {t}\noutlet = {t}\nauthor = {t}\ndate = \"2022-12-20\"\n", t = l(&p));
    let esc = p.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;");
    let html = format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{p}</title>\
<meta property=\"og:title\" content=\"{esc}\"><meta name=\"author\" content=\"{esc}\">\
<meta property=\"og:site_name\" content=\"{esc}\"><meta property=\"og:url\" content=\"javascript:alert('xss-og')\">\
<link rel=\"canonical\" href=\"javascript:alert('xss-canonical')\">\
<script type=\"application/ld+json\">{{\"@type\":\"NewsArticle\",\"headline\":\"<img src=x onerror=alert('xss-ld')>\",\"author\":{{\"name\":\"<svg onload=alert('xss-ld2')>\"}},\"datePublished\":\"2022-12-20\",\"url\":\"javascript:alert('xss-ld3')\"}}</script>\
<script>alert('xss-page')</script><style>body{{display:none}}</style></head><body onload=\"alert('xss-body')\">\
<nav><a href=\"javascript:alert('xss-nav')\">Home</a></nav><article><h1>{p}</h1>\
<p class=\"byline\">By {p}</p>\
<p>On Monday 19 December 2022 the troops gathered near the border, officials said in a long statement that many outlets reported. {p}</p>\
<p>The drills, the ministry said, would go on until January 2023 <a href=\"javascript:alert('xss-in-text')\">despite</a> the protests. <img src=x onerror=\"alert('xss-page-img')\"></p>\
<p>Observers noted on 21 December 2022 that the columns had moved <iframe src=\"https://xss.invalid/f\"></iframe> towards the north.</p>\
<svg onload=\"alert('xss-page-svg')\"></svg></article></body></html>\n"
    );
    write_files(
        root,
        &[
            ("config.toml", config.as_bytes()),
            ("content/topics/hostile.md", topic.as_bytes()),
            ("content/notes/hostile-note.md", note.as_bytes()),
            ("content/articles/hostile-md.md", md_article.as_bytes()),
            ("content/articles/hostile-txt.txt", txt.as_bytes()),
            ("content/articles/hostile-txt.toml", sidecar.as_bytes()),
            ("content/articles/hostile-page.html", html.as_bytes()),
            ("content/entities/hostile-actor.md", entity.as_bytes()),
        ],
    );
}

/// Elements no page of ours writes from content: finding one means a payload got through.
const FORBIDDEN_ELEMENTS: &[&str] =
    &["iframe", "frame", "frameset", "object", "embed", "applet", "math", "marquee", "x"];

/// The elements `src/render/timeline_svg.rs` draws with.
const TIMELINE_SVG_ELEMENTS: &[&str] =
    &["title", "desc", "g", "a", "rect", "circle", "path", "line", "polygon", "text", "tspan"];

/// Attributes that load or run something, by URL.
const URL_ATTRIBUTES: &[&str] =
    &["href", "src", "srcset", "action", "formaction", "data", "poster", "background", "xlink:href", "content"];

/// What in one HTML document (a page, or a fragment an export carries as HTML) came from a
/// payload: each problem as `element attribute: value`.
pub fn html_problems(html: &str, fragment: bool) -> Vec<String> {
    let doc = if fragment { dom_query::Document::fragment(html) } else { dom_query::Document::from(html) };
    let mut problems = Vec::new();
    for node in doc.select("*").nodes() {
        let name = node.node_name().map(|n| n.to_string()).unwrap_or_default().to_ascii_lowercase();
        let text = node.text().to_string();
        match name.as_str() {
            // Our own scripts are files with a `src`; no inline script, nor one named by content.
            "script" if !node.has_attr("src") && node.attr("type").is_none_or(|t| &*t != "application/ld+json") => {
                problems.push(format!("inline <script>: {text}"))
            }
            // The drawn chronology (`svg.timeline-svg`, wide or narrow) names events in its text, payloads
            // included, as escaped text: only its elements and attributes could carry one.
            "svg" if node.attr("class").is_some_and(|c| c.split_whitespace().any(|w| w == "timeline-svg")) => {
                for inner in node.descendants().into_iter().filter(|n| n.is_element()) {
                    let n = inner.node_name().map(|n| n.to_string()).unwrap_or_default();
                    if !TIMELINE_SVG_ELEMENTS.contains(&n.as_str()) {
                        problems.push(format!("<{n}> inside the drawn chronology"));
                    }
                }
            }
            "style" | "svg" if text.contains("xss") || node.attrs().iter().any(|a| a.value.contains("xss")) => {
                problems.push(format!("<{name}> from a payload: {text}"))
            }
            "meta" if node.attr("http-equiv").is_some() => problems.push("<meta http-equiv>".into()),
            // The 404 page's `<base href>` is `base_url`; any other is a payload's.
            "base" if node.attr("href").is_none_or(|h| h.contains("xss")) => problems.push("<base>".into()),
            n if FORBIDDEN_ELEMENTS.contains(&n) => problems.push(format!("<{n}>: {text}")),
            _ => {}
        }
        for a in node.attrs() {
            let an = a.name.local.to_string().to_ascii_lowercase();
            let v = a.value.to_string();
            let lv: String =
                v.chars().filter(|c| !c.is_whitespace() && !c.is_control()).collect::<String>().to_ascii_lowercase();
            if an.starts_with("on") {
                problems.push(format!("<{name} {an}=\"{v}\">"));
            }
            if an == "style" && v.contains("xss") {
                problems.push(format!("<{name} style=\"{v}\">"));
            }
            if URL_ATTRIBUTES.contains(&an.as_str())
                && (lv.starts_with("javascript:") || lv.starts_with("vbscript:") || lv.starts_with("data:text/html"))
            {
                problems.push(format!("<{name} {an}=\"{v}\">"));
            }
            // A resource loaded from the payloads' host (a link to it is only a link).
            let loads = an != "href" || name == "link" || name == "base";
            if loads && URL_ATTRIBUTES.contains(&an.as_str()) && an != "content" && lv.contains("xss.invalid") {
                problems.push(format!("<{name} {an}=\"{v}\"> loads from the payload's host"));
            }
        }
    }
    problems
}
