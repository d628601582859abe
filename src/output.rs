//! The write stage: files go to a staging folder beside the output, which then takes the
//! output's place, so that a failed build never leaves a half-written or missing site.
//!
//! A file whose bytes the previous site already has at the same path is not written again:
//! the staging folder gets a hard link to the previous site's file instead. Rebuilding a site
//! then creates and frees almost no inodes and data blocks: on ext4, freeing a 300 MB tree
//! (with `discard`) and allocating inodes that were just freed cost more than the rest of the
//! write. The previous site's files are only read and linked, never changed, so a failed
//! build still leaves it as it was; the same inode serving both trees until the swap is safe
//! because no file is ever modified in place.
//!
//! The staging folder is made inside a folder of its own that asks ext4 to give it inodes in
//! a block group of its own ([`spread_below`]): after a previous site was removed beside it,
//! creating each file in the group it left costs a search through the freed inodes.

use crate::diagnostics::Diagnostic;
use crate::render::OutputFile;
use std::collections::BTreeSet;
use std::path::{Component, Path, PathBuf};

/// Why a site could not be written.
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    /// A folder or file could not be created, cleared or moved.
    #[error("cannot {what} {}: {source}", path.display())]
    Io {
        /// What was being done (`create`, `write`, `clear`).
        what: &'static str,
        /// Where.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// A page's path would leave the output folder.
    #[error("refusing to write outside the output folder: {0}")]
    Escapes(String),
    /// The output folder is the root of the file system.
    #[error("the output folder has no name")]
    NoName,
    /// The previous site could not be moved aside.
    #[error("cannot move the previous site aside: {0}")]
    MoveAside(std::io::Error),
    /// The new site could not take the previous one's place.
    #[error("cannot move the new site into place: {0}")]
    MoveIn(std::io::Error),
    /// Nor could the previous site be put back.
    #[error("cannot move the new site into place ({error}), nor the previous one back: it is in {}", old.display())]
    Stranded {
        /// Why the new site could not move.
        error: std::io::Error,
        /// Where the previous site is.
        old: PathBuf,
    },
    /// A thread writing files panicked.
    #[error("a thread writing the site failed")]
    Writer,
}

fn io<'p>(what: &'static str, path: &'p Path) -> impl FnOnce(std::io::Error) -> WriteError + 'p {
    move |source| WriteError::Io { what, path: path.to_path_buf(), source }
}

/// The file that marks a folder as a site briefing built, and so may replace whole.
pub const MARKER: &str = ".briefing-build";

/// Writes `files` into `out_dir`, replacing what was there only once everything is written.
pub fn write(out_dir: &Path, files: &[OutputFile]) -> Result<(), Diagnostic> {
    let paths: Vec<&str> = files.iter().map(|f| f.0.as_str()).collect();
    write_streamed(out_dir, &paths, |put| {
        for (i, (_, bytes)) in files.iter().enumerate() {
            put(i, bytes.clone());
        }
        Ok(())
    })
    .map_err(|mut d| d.remove(0))
}

/// Writes into `out_dir` the files at `paths`, whose bytes `produce` hands to `put(index,
/// bytes)` as it makes them, from any thread: each file is written by the thread that made
/// it, so that writing, which costs as much processor time (in the kernel) as a good part of
/// rendering, is shared by the render threads and scales with them rather than waiting on
/// one writer. What was in `out_dir` is replaced only once everything is written; when
/// `produce` fails, or a write does, it is left untouched and its errors are returned.
pub fn write_streamed(
    out_dir: &Path,
    paths: &[&str],
    produce: impl FnOnce(&(dyn Fn(usize, Vec<u8>) + Sync)) -> Result<(), Vec<Diagnostic>>,
) -> Result<(), Vec<Diagnostic>> {
    let fail = |e: WriteError| vec![Diagnostic::error(out_dir, 0, e.to_string())];
    let name = out_dir.file_name().ok_or_else(|| fail(WriteError::NoName))?.to_string_lossy().into_owned();
    let parent = out_dir.parent().map(Path::to_path_buf).unwrap_or_else(|| PathBuf::from("."));
    let parent = if parent.as_os_str().is_empty() { PathBuf::from(".") } else { parent };
    std::fs::create_dir_all(&parent).map_err(|e| fail(io("create", &parent)(e)))?;
    let pid = std::process::id();
    // The new site is made in `staging`, a folder of its own inside `wrapper` (see
    // [`spread_below`]), with a name no earlier build gave it.
    let wrapper = parent.join(format!(".{name}.staging-{pid}"));
    let nonce = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos());
    let staging = wrapper.join(format!("{name}-{pid}-{nonce}"));
    let old = parent.join(format!(".{name}.old-{pid}"));
    if wrapper.exists() {
        std::fs::remove_dir_all(&wrapper).map_err(|e| fail(io("clear", &wrapper)(e)))?;
    }
    std::fs::create_dir(&wrapper).map_err(|e| fail(io("create", &wrapper)(e)))?;
    spread_below(&wrapper);
    // The previous site, whose unchanged files are linked rather than written again.
    let previous = std::fs::symlink_metadata(out_dir).is_ok_and(|m| m.is_dir()).then_some(out_dir);
    let result = prepare(&staging, paths).map_err(fail).and_then(|()| {
        // The first failure is kept; once there is one, nothing more is written.
        let failed: std::sync::Mutex<Option<WriteError>> = std::sync::Mutex::new(None);
        let has_failed = std::sync::atomic::AtomicBool::new(false);
        // Without a previous site, each file is created in its folder's descriptor: the
        // kernel then walks one name rather than the staging folder's whole path.
        let folders = if previous.is_none() { Folders::open(&staging, paths) } else { Folders::default() };
        let produced = produce(&|i, bytes| {
            if has_failed.load(std::sync::atomic::Ordering::Relaxed) {
                return;
            }
            if folders.write(paths[i], &bytes) {
                return;
            }
            let p = staging.join(paths[i]);
            let linked = previous
                .is_some_and(|old| COMPARE.with_borrow_mut(|buf| link_same(&old.join(paths[i]), &bytes, &p, buf)));
            if linked {
                return;
            }
            if let Err(e) = std::fs::write(&p, bytes).map_err(io("write", &p)) {
                has_failed.store(true, std::sync::atomic::Ordering::Relaxed);
                if let Ok(mut f) = failed.lock() {
                    f.get_or_insert(e);
                }
            }
        });
        let written = failed.into_inner().unwrap_or(Some(WriteError::Writer));
        produced.and_then(|()| written.map_or(Ok(()), |e| Err(fail(e))))
    });
    let result = result.and_then(|()| swap(out_dir, &staging, &old).map_err(fail));
    if result.is_err() {
        let _ = std::fs::remove_dir_all(&wrapper);
    } else {
        // Empty now that the new site has moved out of it.
        let _ = std::fs::remove_dir(&wrapper);
    }
    result
}

/// The staging folder's folders, each open, to create files in by name alone
/// ([`Folders::write`]). Empty where that is not done (another system, a folder that could
/// not be opened): every file is then written by its whole path.
#[derive(Default)]
struct Folders {
    /// Each folder's path relative to the staging folder (`""` for itself), sorted, with the
    /// open folder.
    open: Vec<(String, std::fs::File)>,
}

/// Linux on the architectures that use the generic ioctl encoding: the only ones where the
/// direct system calls of this module (the folder hint, files created in an open folder) are
/// tried; elsewhere the portable path is taken.
const GENERIC_LINUX: bool = cfg!(all(
    target_os = "linux",
    any(
        target_arch = "x86_64",
        target_arch = "x86",
        target_arch = "aarch64",
        target_arch = "arm",
        target_arch = "riscv64",
        target_arch = "s390x",
        target_arch = "loongarch64"
    )
));

impl Folders {
    /// The folders of `paths` in `staging`, opened; none if one of them cannot be.
    fn open(staging: &Path, paths: &[&str]) -> Folders {
        if !GENERIC_LINUX {
            return Folders::default();
        }
        let names: BTreeSet<&str> = paths.iter().map(|p| p.rsplit_once('/').map_or("", |(d, _)| d)).collect();
        let mut open = Vec::with_capacity(names.len());
        for name in names {
            match std::fs::File::open(staging.join(name)) {
                Ok(f) => open.push((name.to_string(), f)),
                Err(_) => return Folders::default(),
            }
        }
        Folders { open }
    }

    /// Creates `rel` (a path [`prepare`] accepted) in its open folder and writes `bytes` to
    /// it; `false` when it did not (no such folder open, a name too long for the buffer, or
    /// any error): the caller then writes it by its whole path, and reports what fails.
    fn write(&self, rel: &str, bytes: &[u8]) -> bool {
        let (dir, name) = rel.rsplit_once('/').unwrap_or(("", rel));
        let Ok(k) = self.open.binary_search_by(|(d, _)| d.as_str().cmp(dir)) else { return false };
        let Some((_, folder)) = self.open.get(k) else { return false };
        let mut c_name = [0u8; 256];
        if name.is_empty() || name.len() >= c_name.len() || name.contains('\0') {
            return false;
        }
        c_name[..name.len()].copy_from_slice(name.as_bytes());
        create_in(folder, &c_name, bytes)
    }
}

/// Creates (or truncates) the file named by the NUL-terminated `c_name` in `folder`, as
/// `std::fs::write` does (write only, mode 0666 before the umask, closed on exec), and writes
/// `bytes`; `false` if any of it failed.
#[cfg(target_os = "linux")]
fn create_in(folder: &std::fs::File, c_name: &[u8], bytes: &[u8]) -> bool {
    use std::ffi::{c_char, c_int, c_uint};
    use std::io::Write;
    use std::os::fd::{AsRawFd, FromRawFd};
    extern "C" {
        fn openat(dirfd: c_int, path: *const c_char, flags: c_int, ...) -> c_int;
    }
    // `O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC` of the generic `fcntl.h`, which every
    // architecture [`Folders::open`] accepts uses.
    const FLAGS: c_int = 0o1 | 0o100 | 0o1000 | 0o2000000;
    if !c_name.contains(&0) {
        return false;
    }
    // SAFETY: `c_name` holds a NUL (checked above), so the kernel reads a string that ends
    // inside it; the folder's descriptor is open while `folder` is borrowed; the mode is
    // passed as the `unsigned int` a variadic `mode_t` is read as.
    let fd = unsafe { openat(folder.as_raw_fd(), c_name.as_ptr().cast(), FLAGS, 0o666 as c_uint) };
    if fd < 0 {
        return false;
    }
    // SAFETY: `fd` was just opened here and is owned by nothing else: the file closes it.
    let mut file = unsafe { std::fs::File::from_raw_fd(fd) };
    file.write_all(bytes).is_ok()
}

#[cfg(not(target_os = "linux"))]
fn create_in(_: &std::fs::File, _: &[u8], _: &[u8]) -> bool {
    false
}

thread_local! {
    /// Each writing thread's buffer for reading back a previous file ([`link_same`]).
    static COMPARE: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// How much of a previous file [`link_same`] reads at a time.
const CHUNK: usize = 64 * 1024;

/// Links `to` to the previous site's file `old` when that is a regular file holding exactly
/// `bytes`; `false` (and nothing linked) when it is not, or cannot be read or linked (another
/// file system below the output folder, one without hard links): the caller writes instead.
fn link_same(old: &Path, bytes: &[u8], to: &Path, buf: &mut Vec<u8>) -> bool {
    use std::io::Read;
    // A symbolic link is never followed: its target is not the previous site's to share.
    match std::fs::symlink_metadata(old) {
        Ok(m) if m.file_type().is_file() && m.len() == bytes.len() as u64 => {}
        _ => return false,
    }
    let Ok(mut file) = std::fs::File::open(old) else { return false };
    buf.resize(CHUNK, 0);
    let mut rest = bytes;
    loop {
        match file.read(buf) {
            Ok(0) => break,
            Ok(n) if n <= rest.len() && buf[..n] == rest[..n] => rest = &rest[n..],
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            _ => return false,
        }
    }
    rest.is_empty() && std::fs::hard_link(old, to).is_ok()
}

/// Creates the staging folder, its subfolders for `paths` and the marker, refusing any path
/// that would leave it.
fn prepare(staging: &Path, paths: &[&str]) -> Result<(), WriteError> {
    // Folders by their relative names first, joined to the staging folder once each: a
    // joined path a file, in a sorted set, was most of the main thread's work between
    // resolving and rendering (thousands of files share a few folders).
    // Paths come sorted, so a file's folder is most often the one before's: compared as
    // bytes, it is not looked up again.
    let mut rel_dirs: BTreeSet<&Path> = BTreeSet::new();
    let mut last: Option<&Path> = None;
    for rel in paths {
        let p = Path::new(rel);
        // Output paths come from slugs, but nothing may ever escape the output folder.
        if p.is_absolute() || p.components().any(|c| !matches!(c, Component::Normal(_))) {
            return Err(WriteError::Escapes(rel.to_string()));
        }
        if let Some(d) = p.parent() {
            if last.is_none_or(|l| l.as_os_str() != d.as_os_str()) {
                rel_dirs.insert(d);
                last = Some(d);
            }
        }
    }
    let mut dirs = BTreeSet::new();
    dirs.insert(staging.to_path_buf());
    dirs.extend(rel_dirs.into_iter().map(|d| staging.join(d)));
    for d in &dirs {
        std::fs::create_dir_all(d).map_err(io("create", d))?;
    }
    std::fs::write(staging.join(MARKER), "Built by briefing: this folder is replaced whole on every build.\n")
        .map_err(io("write", staging))
}

/// Marks `dir` as the top of a hierarchy of unrelated folders for the ext2/3/4 allocator
/// (`chattr +T`): a folder made in it gets its inodes in a block group of its own, picked
/// from a hash of its name among the groups with the most room, not in the group of `dir`'s
/// parent. The staging folder made there, under a name no build used before, thus gets
/// inodes that were never freed, rather than those of a previous site just removed beside
/// it. On ext4 without a journal, creating a file in a group that holds inodes freed in the
/// last minute makes the kernel test each of them in turn, for every file: after `rm -rf`
/// of a previous site, that search took 0.2 ms a file, more processor time than all of the
/// build's other system calls together (10,000 articles: system time 5.3 to 8.4 s against
/// 1.3 s). A fixed name would not do: it hashes to the same group every time, the one the
/// previous site just left. A hint only: where the file system has no such flag (another
/// file system, another system) nothing changes.
fn spread_below(dir: &Path) {
    // The request numbers below follow the generic ioctl encoding: only these architectures
    // use it, so the hint is tried on them alone.
    #[cfg(target_os = "linux")]
    if GENERIC_LINUX {
        use std::ffi::{c_int, c_long, c_ulong};
        use std::os::fd::AsRawFd;
        extern "C" {
            fn ioctl(fd: c_int, request: c_ulong, ...) -> c_int;
        }
        // `FS_IOC_GETFLAGS` and `FS_IOC_SETFLAGS` (`_IOR` and `_IOW('f', 1 and 2, long)`) in
        // the ioctl encoding of these architectures, and `FS_TOPDIR_FL` (`linux/fs.h`).
        const SIZE: c_ulong = (std::mem::size_of::<c_long>() as c_ulong) << 16;
        const GET: c_ulong = (2 << 30) | SIZE | ((b'f' as c_ulong) << 8) | 1;
        const SET: c_ulong = (1 << 30) | SIZE | ((b'f' as c_ulong) << 8) | 2;
        const TOPDIR: c_int = 0x0002_0000;
        let Ok(folder) = std::fs::File::open(dir) else { return };
        let fd = folder.as_raw_fd();
        let mut flags: c_int = 0;
        // SAFETY: each call reads or writes one `int` of flags (the kernel's size for them,
        // whatever the `long` in their names) at a pointer to `flags`, and `fd` is open while
        // they run. A failure (a file system without these flags) is ignored.
        unsafe {
            if ioctl(fd, GET, &mut flags as *mut c_int) == 0 && flags & TOPDIR == 0 {
                flags |= TOPDIR;
                ioctl(fd, SET, &flags as *const c_int);
            }
        }
    }
    #[cfg(not(target_os = "linux"))]
    let _ = dir;
}

fn swap(out_dir: &Path, staging: &Path, old: &Path) -> Result<(), WriteError> {
    let had_old = out_dir.exists();
    if had_old {
        if old.exists() {
            std::fs::remove_dir_all(old).map_err(io("clear", old))?;
        }
        std::fs::rename(out_dir, old).map_err(WriteError::MoveAside)?;
    }
    if let Err(e) = std::fs::rename(staging, out_dir) {
        if had_old && std::fs::rename(old, out_dir).is_err() {
            return Err(WriteError::Stranded { error: e, old: old.to_path_buf() });
        }
        return Err(WriteError::MoveIn(e));
    }
    if had_old {
        // The new site is in place; a leftover old copy is only clutter.
        let _ = std::fs::remove_dir_all(old);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_the_previous_site_whole() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        std::fs::create_dir_all(out.join("old")).unwrap();
        std::fs::write(out.join("old/stale.html"), "x").unwrap();
        write(&out, &[("index.html".into(), b"new".to_vec()), ("a/b.html".into(), b"b".to_vec())]).unwrap();
        assert_eq!(std::fs::read_to_string(out.join("index.html")).unwrap(), "new");
        assert!(out.join("a/b.html").is_file());
        assert!(!out.join("old").exists());
        let leftovers: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(leftovers.len(), 1, "staging or old copies left behind");
        assert!(out.join(MARKER).is_file());
    }

    #[test]
    fn links_unchanged_files_and_writes_changed_ones() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        let files =
            |b: &[u8]| vec![("same.html".to_string(), b"same".to_vec()), ("a/new.html".to_string(), b.to_vec())];
        write(&out, &files(b"one")).unwrap();
        let keep = dir.path().join("keep.html");
        std::fs::hard_link(out.join("a/new.html"), &keep).unwrap();
        write(&out, &files(b"two")).unwrap();
        assert_eq!(std::fs::read(out.join("same.html")).unwrap(), b"same");
        assert_eq!(std::fs::read(out.join("a/new.html")).unwrap(), b"two");
        // The previous file was replaced, not changed in place.
        assert_eq!(std::fs::read(&keep).unwrap(), b"one");
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            let before = std::fs::metadata(out.join("same.html")).unwrap().ino();
            write(&out, &files(b"two")).unwrap();
            assert_eq!(std::fs::metadata(out.join("same.html")).unwrap().ino(), before, "unchanged file rewritten");
        }
        let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert_eq!(names.len(), 2, "staging or old copies left behind: {names:?}");
    }

    #[cfg(unix)]
    #[test]
    fn never_links_through_a_symbolic_link() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        std::fs::create_dir_all(&out).unwrap();
        let elsewhere = dir.path().join("elsewhere.html");
        std::fs::write(&elsewhere, "x").unwrap();
        std::os::unix::fs::symlink(&elsewhere, out.join("x.html")).unwrap();
        write(&out, &[("x.html".into(), b"x".to_vec())]).unwrap();
        assert!(std::fs::symlink_metadata(out.join("x.html")).unwrap().file_type().is_file());
        assert_eq!(std::fs::read(out.join("x.html")).unwrap(), b"x");
        assert_eq!(std::fs::read(&elsewhere).unwrap(), b"x");
    }

    #[test]
    fn makes_every_folder_whatever_the_order_of_the_paths() {
        let dir = tempfile::tempdir().unwrap();
        let staging = dir.path().join("staging");
        let paths = ["a/x.html", "a/y.html", "b/y.html", "a/z.html", "c/d/e.html", "top.html", "c/f.html"];
        prepare(&staging, &paths).unwrap();
        for d in ["a", "b", "c", "c/d"] {
            assert!(staging.join(d).is_dir(), "{d}");
        }
        assert!(staging.join(MARKER).is_file());
    }

    #[test]
    fn refuses_paths_that_escape() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        std::fs::create_dir_all(&out).unwrap();
        std::fs::write(out.join("keep.html"), "keep").unwrap();
        assert!(write(&out, &[("../evil.html".into(), vec![])]).is_err());
        assert!(!dir.path().join("evil.html").exists());
        assert_eq!(std::fs::read_to_string(out.join("keep.html")).unwrap(), "keep");
    }
}
