//! The pure parts of serving: which file a request path names (and which it may never name),
//! content types, and the live-reload script injected into HTML pages.

/// What a request asks for.
#[derive(Debug, PartialEq, Eq)]
pub enum Route {
    /// A file of the site, by its path inside the output (`index.html`, `topics/x.html`).
    File(String),
    /// The live-reload state; with a version, wait until the build version differs from it.
    Poll(Option<u64>),
    /// A malformed or forbidden path (`..`, encoded or not, a backslash, a NUL).
    Bad,
}

/// Where the live-reload script asks for the build state.
pub const POLL_PATH: &str = "/__briefing/poll";

/// Maps a request target (`/topics/a.html?x=1`) to a route. Nothing here touches the disk:
/// the site is looked up in memory, and a path that tries to climb out is refused outright.
pub fn route(target: &str) -> Route {
    let (path, query) = match target.split_once('?') {
        Some((p, q)) => (p, Some(q)),
        None => (target, None),
    };
    let path = path.split('#').next().unwrap_or("");
    if !path.starts_with('/') {
        return Route::Bad;
    }
    if path == POLL_PATH {
        let v = query.and_then(|q| q.split('&').find_map(|kv| kv.strip_prefix("v="))).and_then(|v| v.parse().ok());
        return Route::Poll(v);
    }
    let Some(decoded) = percent_decode(path) else { return Route::Bad };
    if decoded.contains(['\\', '\0']) {
        return Route::Bad;
    }
    let mut parts = Vec::new();
    for seg in decoded.split('/') {
        match seg {
            "" => {}
            "." | ".." => return Route::Bad,
            // A drive letter or anything else that could read as a root on some system.
            s if s.contains(':') => return Route::Bad,
            s => parts.push(s),
        }
    }
    let mut file = parts.join("/");
    if file.is_empty() || decoded.ends_with('/') {
        if !file.is_empty() {
            file.push('/');
        }
        file.push_str("index.html");
    }
    Route::File(file)
}

/// Decodes `%XX` escapes; `None` for a malformed escape or bytes that are not UTF-8.
fn percent_decode(s: &str) -> Option<String> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' {
            let hex = b.get(i + 1..i + 3)?;
            let hex = std::str::from_utf8(hex).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// The Content-Type of a site file, by its extension.
pub fn content_type(path: &str) -> &'static str {
    let ext = path.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase()).unwrap_or_default();
    match ext.as_str() {
        "html" | "htm" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "xml" => "application/xml; charset=utf-8",
        "txt" => "text/plain; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "ico" => "image/x-icon",
        "woff2" => "font/woff2",
        "woff" => "font/woff",
        _ => "application/octet-stream",
    }
}

/// Whether a file is an HTML page (it gets the live-reload script).
pub fn is_html(path: &str) -> bool {
    content_type(path).starts_with("text/html")
}

const RELOAD_JS: &str = include_str!("reload.js");

/// `html` with the live-reload script inserted before its last `</body>` (or at its end),
/// telling it which build `version` the page comes from. Only ever applied to what is served,
/// never to what is written to disk.
pub fn inject(html: &[u8], version: u64) -> Vec<u8> {
    let script = format!("<script data-briefing-version=\"{version}\">\n{RELOAD_JS}</script>\n");
    let at = rfind_ci(html, b"</body>").unwrap_or(html.len());
    let mut out = Vec::with_capacity(html.len() + script.len());
    out.extend_from_slice(&html[..at]);
    out.extend_from_slice(script.as_bytes());
    out.extend_from_slice(&html[at..]);
    out
}

fn rfind_ci(hay: &[u8], needle: &[u8]) -> Option<usize> {
    (0..=hay.len().checked_sub(needle.len())?).rev().find(|&i| hay[i..i + needle.len()].eq_ignore_ascii_case(needle))
}

/// A page for paths the site does not have, or for a site that has not built yet.
pub fn placeholder(title: &str, text: &str) -> Vec<u8> {
    let esc = crate::text::escape_html;
    format!(
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n</head>\n<body>\n<h1>{}</h1>\n<p>{}</p>\n<p><a href=\"/index.html\">Home</a></p>\n</body>\n</html>\n",
        esc(title),
        esc(title),
        esc(text)
    )
    .into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(s: &str) -> Route {
        Route::File(s.to_string())
    }

    #[test]
    fn routes_site_paths() {
        assert_eq!(route("/"), file("index.html"));
        assert_eq!(route("/index.html?x=1"), file("index.html"));
        assert_eq!(route("/topics/army.html"), file("topics/army.html"));
        assert_eq!(route("/topics/"), file("topics/index.html"));
        assert_eq!(route("//assets//style.css"), file("assets/style.css"));
        assert_eq!(route("/notes/caf%C3%A9.html"), file("notes/café.html"));
        assert_eq!(route("/__briefing/poll"), Route::Poll(None));
        assert_eq!(route("/__briefing/poll?v=42"), Route::Poll(Some(42)));
    }

    #[test]
    fn refuses_traversal_in_every_spelling() {
        for bad in [
            "/../Cargo.toml",
            "/topics/../../etc/passwd",
            "/%2e%2e/etc/passwd",
            "/%2E%2E%2Fetc%2Fpasswd",
            "/topics/%2e%2e/%2e%2e/x",
            "/..%5c..%5cwindows",
            "/a/./b",
            "/C:/windows",
            "/x%00.html",
            "/bad%zz",
            "/%ff",
            "etc/passwd",
            "http://evil/../x",
        ] {
            assert_eq!(route(bad), Route::Bad, "{bad}");
        }
    }

    #[test]
    fn types_by_extension() {
        assert_eq!(content_type("a/b.HTML"), "text/html; charset=utf-8");
        assert_eq!(content_type("assets/style.css"), "text/css; charset=utf-8");
        assert_eq!(content_type("search-index.js"), "text/javascript; charset=utf-8");
        assert_eq!(content_type("feed.xml"), "application/xml; charset=utf-8");
        assert_eq!(content_type("x.svg"), "image/svg+xml");
        assert_eq!(content_type("x.png"), "image/png");
        assert_eq!(content_type("chronology.json"), "application/json");
        assert_eq!(content_type("README"), "application/octet-stream");
    }

    #[test]
    fn injects_before_the_last_body_end() {
        let out = String::from_utf8(inject(b"<html><body><p>x</p></BODY></html>", 7)).unwrap();
        let at = out.find("data-briefing-version=\"7\"").unwrap();
        assert!(at < out.find("</BODY>").unwrap());
        assert!(out.ends_with("</BODY></html>"));
        let bare = String::from_utf8(inject(b"<p>no body</p>", 1)).unwrap();
        assert!(bare.starts_with("<p>no body</p><script"));
    }
}
