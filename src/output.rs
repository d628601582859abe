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
//! creating each file in the group it left costs a search through the freed inodes. That
//! hint cannot tell such a group from a fresh one (a removed site's group, having lost its
//! folders, is just what it looks for), so three files created in the staging folder tell
//! it instead ([`stage`]): where their inodes do not follow each other, another staging
//! folder is made.

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
    let old = parent.join(format!(".{name}.old-{pid}"));
    if wrapper.exists() {
        std::fs::remove_dir_all(&wrapper).map_err(|e| fail(io("clear", &wrapper)(e)))?;
    }
    std::fs::create_dir(&wrapper).map_err(|e| fail(io("create", &wrapper)(e)))?;
    spread_below(&wrapper);
    // The previous site, whose unchanged files are linked rather than written again.
    let previous = std::fs::symlink_metadata(out_dir).is_ok_and(|m| m.is_dir()).then_some(out_dir);
    let staged = stage(&wrapper, &format!("{name}-{pid}"), paths, |folder| {
        let (inodes, fastest) = probe_inodes(folder);
        inodes_fresh(&inodes) && fastest.is_none_or(|t| t < SLOW_CREATE)
    });
    let result = staged.map_err(fail).and_then(|staging| {
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
        produced.and_then(|()| written.map_or(Ok(()), |e| Err(fail(e))))?;
        swap(out_dir, &staging, &old).map_err(fail)
    });
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

/// How many staging folders [`stage`] makes at most before it keeps one whatever its probe.
const ATTEMPTS: usize = 4;

/// Makes a staging folder in `wrapper` (named from `stem`, a counter and the time, so that no
/// build used the name before) and [`prepare`]s it for `paths`; when `fresh`, handed the
/// folder most of the files go to, answers no (its files' inodes would come from a block
/// group of recently freed ones), makes another beside it, up to [`ATTEMPTS`] in all, and
/// keeps the last.
///
/// Why: ext4 without a journal, creating a file, steps over each free inode of the block
/// group freed in the last 5 seconds, or in the last 300 when the inode's table block has
/// been written since (`recently_deleted`), testing each in turn, for every file; a site
/// removed minutes before leaves whole groups of such inodes, and the first files written
/// into one dirty their table blocks, so that every later file steps over all the freed
/// inodes the earlier ones skipped: 10,000 articles then took 3.8 to 5.2 s of system time
/// instead of 0.35. The folder hint ([`spread_below`]) picks the group with the fewest
/// folders, which a removed site's group is, having lost its own. A rejected staging folder
/// is kept until the last is made, so that its group, holding folders again, is not picked
/// twice; then it is removed.
fn stage(
    wrapper: &Path,
    stem: &str,
    paths: &[&str],
    mut fresh: impl FnMut(&Path) -> bool,
) -> Result<PathBuf, WriteError> {
    let busiest = busiest_folder(paths);
    let mut rejected = Vec::new();
    let mut attempt = 0;
    let staging = loop {
        let nonce = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos());
        let staging = wrapper.join(format!("{stem}-{nonce}-{attempt}"));
        prepare(&staging, paths)?;
        attempt += 1;
        if attempt == ATTEMPTS || fresh(&staging.join(busiest)) {
            break staging;
        }
        rejected.push(staging);
    };
    for r in rejected {
        // Only clutter inside the wrapper, which goes once the site is in place.
        let _ = std::fs::remove_dir_all(r);
    }
    Ok(staging)
}

/// The folder of `paths` (relative, `""` for the top) that holds the most files, the first
/// of them by name on a tie.
fn busiest_folder<'p>(paths: &[&'p str]) -> &'p str {
    let mut counts: std::collections::BTreeMap<&str, usize> = std::collections::BTreeMap::new();
    for p in paths {
        *counts.entry(p.rsplit_once('/').map_or("", |(d, _)| d)).or_default() += 1;
    }
    // `max_by_key` keeps the last of equal counts: iterated in reverse, that is the first.
    counts.into_iter().rev().max_by_key(|&(_, n)| n).map_or("", |(d, _)| d)
}

/// How many files [`probe_inodes`] creates.
const PROBES: usize = 3;

/// The inode numbers of [`PROBES`] files created one after the other in `folder` (then
/// removed), and the processor time the quickest of them took to create: ext4 gives a new
/// file the first free inode of its group that was not freed recently, so where none was,
/// they follow each other, each found at once. Empty where inodes have no number (another
/// system), fewer where a file could not be made (then nothing is known, and nothing
/// changes). The files are all made before any is removed: an inode freed in the same second
/// is not yet recent, and would be handed out again at once.
fn probe_inodes(folder: &Path) -> (Vec<u64>, Option<std::time::Duration>) {
    let mut inodes = Vec::with_capacity(PROBES);
    let mut fastest: Option<std::time::Duration> = None;
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let mut made = Vec::with_capacity(PROBES);
        for k in 0..PROBES {
            let p = folder.join(format!(".briefing-probe-{k}"));
            let before = thread_cpu_time();
            // A name already there is not ours to remove.
            let Ok(file) = std::fs::OpenOptions::new().write(true).create_new(true).open(&p) else { break };
            if let (Some(a), Some(b)) = (before, thread_cpu_time()) {
                let took = b.saturating_sub(a);
                fastest = Some(fastest.map_or(took, |f| f.min(took)));
            }
            let ino = file.metadata().map(|m| m.ino());
            made.push(p);
            let Ok(ino) = ino else { break };
            inodes.push(ino);
        }
        for p in made {
            let _ = std::fs::remove_file(p);
        }
    }
    #[cfg(not(unix))]
    let _ = folder;
    (inodes, fastest)
}

/// A file's creation slower than this in processor time, the quickest of [`PROBES`], means
/// a search through recently freed inodes: a fresh group's takes about 20 µs here; behind
/// the 8,000 inodes of a site removed a minute before, 500 µs, though the inodes found after
/// them follow each other.
const SLOW_CREATE: std::time::Duration = std::time::Duration::from_micros(200);

/// This thread's processor time (`CLOCK_THREAD_CPUTIME_ID`), which a preemption does not
/// inflate as it does the wall clock on a loaded machine.
#[cfg(target_os = "linux")]
fn thread_cpu_time() -> Option<std::time::Duration> {
    use std::ffi::{c_int, c_long};
    #[repr(C)]
    struct Timespec {
        sec: c_long,
        nsec: c_long,
    }
    extern "C" {
        fn clock_gettime(clock: c_int, t: *mut Timespec) -> c_int;
    }
    const CLOCK_THREAD_CPUTIME_ID: c_int = 3;
    let mut t = Timespec { sec: 0, nsec: 0 };
    // SAFETY: `clock_gettime` writes one `timespec` (two `long`s in the ABI of the unsuffixed
    // symbol) at the pointer, which points to `t`.
    if unsafe { clock_gettime(CLOCK_THREAD_CPUTIME_ID, &mut t) } != 0 {
        return None;
    }
    Some(std::time::Duration::new(u64::try_from(t.sec).ok()?, u32::try_from(t.nsec).ok()?))
}

/// Elsewhere than Linux, unknown: the probe then goes by the inodes alone.
#[cfg(not(target_os = "linux"))]
fn thread_cpu_time() -> Option<std::time::Duration> {
    None
}

/// Whether files created one after the other got inodes close after each other, as in a
/// group with no recently freed inode (a gap of a few is another process's file). Where the
/// group's free inodes were all freed in the last seconds, ext4 hands out the last of them,
/// so the numbers go down; where its table blocks, once written, make the inodes freed in
/// the last minutes count as recent, each file skips the rest of its block (16 inodes of 256
/// bytes in a 4 KiB block, 8 of 512 bytes), so of [`PROBES`] files at least two are a block
/// apart. A false alarm costs a spare staging folder.
fn inodes_fresh(inodes: &[u64]) -> bool {
    inodes.windows(2).all(|w| w[1].checked_sub(w[0]).is_some_and(|d| (1..8).contains(&d)))
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
    fn inodes_that_follow_each_other_are_fresh() {
        assert!(inodes_fresh(&[7, 8, 9]));
        // Files of another process in between.
        assert!(inodes_fresh(&[3, 4, 8]) && inodes_fresh(&[56, 58, 60]));
        // Nothing known: nothing to avoid.
        assert!(inodes_fresh(&[]) && inodes_fresh(&[7]));
        // The last freed inodes first, going down; the rest of a block skipped each time.
        assert!(!inodes_fresh(&[8191, 8190, 8189]));
        assert!(!inodes_fresh(&[33, 49, 65]) && !inodes_fresh(&[47, 48, 64]));
        // The same inode again: the probe's own file, removed and handed out again.
        assert!(!inodes_fresh(&[34, 34, 34]));
        assert!(!inodes_fresh(&[u64::MAX, 0]));
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn thread_cpu_time_counts_work_not_sleep() {
        let a = thread_cpu_time().unwrap();
        std::thread::sleep(std::time::Duration::from_millis(30));
        let b = thread_cpu_time().unwrap();
        assert!(b - a < std::time::Duration::from_millis(20), "sleep counted: {:?}", b - a);
        let mut x = 0u64;
        while thread_cpu_time().unwrap() - b < std::time::Duration::from_millis(5) {
            x = std::hint::black_box(x.wrapping_add(1));
        }
        assert!(x > 0);
    }

    #[test]
    fn the_busiest_folder_holds_the_most_files() {
        assert_eq!(busiest_folder(&["index.html", "a/1.html", "a/2.html", "b/c/1.html"]), "a");
        assert_eq!(busiest_folder(&["index.html", "404.html", "a/1.html"]), "");
        // A tie goes to the first by name, whatever the order of the paths.
        assert_eq!(busiest_folder(&["b/1.html", "a/1.html"]), "a");
        assert_eq!(busiest_folder(&[]), "");
    }

    #[test]
    fn a_recycled_staging_folder_is_replaced_then_removed() {
        let dir = tempfile::tempdir().unwrap();
        let paths = ["index.html", "a/x.html", "a/y.html"];
        let mut probed = Vec::new();
        let staging = stage(dir.path(), "public-1", &paths, |folder| {
            probed.push(folder.to_path_buf());
            probed.len() == 2
        })
        .unwrap();
        assert_eq!(probed.len(), 2);
        assert!(probed.iter().all(|p| p.ends_with("a")), "not the busiest folder: {probed:?}");
        assert_eq!(probed[1].parent(), Some(staging.as_path()));
        assert!(staging.join("a").is_dir() && staging.join(MARKER).is_file());
        let left: Vec<_> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().path()).collect();
        assert_eq!(left, std::slice::from_ref(&staging), "the rejected staging folder stayed");
        // Judged recycled every time, the last one made is kept.
        let mut n = 0;
        let kept = stage(dir.path(), "public-2", &paths, |_| {
            n += 1;
            false
        })
        .unwrap();
        assert_eq!(n, ATTEMPTS - 1);
        assert!(kept.join(MARKER).is_file());
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 2);
    }

    #[cfg(unix)]
    #[test]
    fn probing_leaves_nothing_behind() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(".briefing-probe-1"), "mine").unwrap();
        // The name taken stops the probe there, and is left alone.
        assert_eq!(probe_inodes(dir.path()).0.len(), 1);
        assert_eq!(std::fs::read(dir.path().join(".briefing-probe-1")).unwrap(), b"mine");
        std::fs::remove_file(dir.path().join(".briefing-probe-1")).unwrap();
        let (inodes, fastest) = probe_inodes(dir.path());
        assert_eq!(inodes.len(), PROBES);
        #[cfg(target_os = "linux")]
        assert!(fastest.is_some());
        // Files that all exist at once have inodes of their own.
        assert!(inodes.windows(2).all(|w| w[0] != w[1]), "{inodes:?}");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
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
