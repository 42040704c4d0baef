//! Diagnostics: the `Diagnostic` type, one constructor per common message, and rendering with
//! codespan-reporting at the user's original `file:line` (through the linemarker index), with
//! the original source line when the file is readable and "in file included from" notes.
//!
//! Offsets in a `Diagnostic` are offsets in the *original* preprocessed input (`Source.bytes`).

use std::collections::HashMap;

use codespan_reporting::diagnostic as cs;
use codespan_reporting::files::{Error as FilesError, Files};
use codespan_reporting::term;
use codespan_reporting::term::termcolor::Buffer;

use crate::source::Source;

#[derive(Copy, Clone, PartialEq, Eq, Debug, PartialOrd, Ord)]
pub enum Severity {
    Note,
    Warning,
    Error,
}

/// A labelled range of the original input.
#[derive(Clone, Debug)]
pub struct Label {
    pub offset: usize,
    pub len: usize,
    pub message: String,
}

#[derive(Clone, Debug)]
pub struct Diagnostic {
    pub severity: Severity,
    pub message: String,
    pub primary: Option<Label>,
    pub secondary: Vec<Label>,
    pub notes: Vec<String>,
}

impl Diagnostic {
    pub fn error(message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Error,
            message: message.into(),
            primary: None,
            secondary: Vec::new(),
            notes: Vec::new(),
        }
    }
    pub fn warning(message: impl Into<String>) -> Diagnostic {
        Diagnostic { severity: Severity::Warning, ..Diagnostic::error(message) }
    }
    pub fn note_diag(message: impl Into<String>) -> Diagnostic {
        Diagnostic { severity: Severity::Note, ..Diagnostic::error(message) }
    }
    /// Sets the primary location (original offsets).
    pub fn at(mut self, offset: usize, len: usize) -> Diagnostic {
        self.primary = Some(Label { offset, len, message: String::new() });
        self
    }
    pub fn label(mut self, message: impl Into<String>) -> Diagnostic {
        if let Some(p) = &mut self.primary {
            p.message = message.into();
        }
        self
    }
    pub fn secondary(mut self, offset: usize, len: usize, message: impl Into<String>) -> Diagnostic {
        self.secondary.push(Label { offset, len, message: message.into() });
        self
    }
    pub fn note(mut self, note: impl Into<String>) -> Diagnostic {
        self.notes.push(note.into());
        self
    }
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// One file as shown in diagnostics: only the lines diagnostics point at (so a linemarker
/// claiming line 2147483648 costs nothing), with their real line numbers.
struct SparseFile {
    name: String,
    /// (line number, text), sorted by line number.
    lines: Vec<(u32, String)>,
    content: String,
    starts: Vec<usize>,
}

/// The files shown in diagnostics: the original files' lines when the files are readable and
/// agree with the preprocessed text, otherwise the preprocessed lines themselves.
struct DiagFiles {
    files: Vec<SparseFile>,
    ids: HashMap<u32, usize>,
}

impl DiagFiles {
    fn new(src: &Source, offsets: &[usize]) -> DiagFiles {
        // The lines needed per file, with their preprocessed text.
        let mut needed: HashMap<u32, std::collections::BTreeMap<u32, String>> = HashMap::new();
        for &o in offsets {
            let (loc, _) = src.locate(o);
            let (_, line) = src.pp_line(o);
            needed.entry(loc.file).or_default().insert(loc.line, String::from_utf8_lossy(line).into_owned());
        }
        let mut files = Vec::new();
        let mut ids = HashMap::new();
        let mut keys: Vec<u32> = needed.keys().copied().collect();
        keys.sort();
        for f in keys {
            let want = &needed[&f];
            let name = src.file_name(f).to_string();
            // The original file, if it is a readable regular file of sane size.
            let disk: Option<Vec<String>> = std::fs::metadata(&name)
                .ok()
                .filter(|m| m.is_file() && m.len() < (64 << 20))
                .and_then(|_| std::fs::read(&name).ok())
                .map(|b| String::from_utf8_lossy(&b).lines().map(|l| l.to_string()).collect());
            let mut lines = Vec::new();
            for (&ln, pp) in want {
                let text = disk
                    .as_ref()
                    .and_then(|d| d.get(ln as usize - 1).filter(|_| ln >= 1))
                    .cloned()
                    .unwrap_or_else(|| pp.clone());
                lines.push((ln, text));
            }
            let mut content = String::new();
            let mut starts = Vec::new();
            for (_, t) in &lines {
                starts.push(content.len());
                content.push_str(t);
                content.push('\n');
            }
            ids.insert(f, files.len());
            files.push(SparseFile { name, lines, content, starts });
        }
        DiagFiles { files, ids }
    }

    /// Converts an original-input range to a (file, byte range in its shown content).
    fn range(&self, src: &Source, offset: usize, len: usize) -> (usize, std::ops::Range<usize>) {
        let (loc, _) = src.locate(offset);
        let fid = self.ids[&loc.file];
        let file = &self.files[fid];
        let li = file.lines.binary_search_by_key(&loc.line, |l| l.0).unwrap_or(0);
        let line_start = file.starts[li];
        let line_text = file.lines[li].1.as_str();
        let (pp_start, pp_line) = src.pp_line(offset);
        let col = offset.saturating_sub(pp_start).min(pp_line.len());
        let tok_end = (col + len.max(1)).min(pp_line.len());
        let token = &pp_line[col..tok_end.max(col)];
        if line_text.as_bytes() == pp_line {
            let end = tok_end.max(col + 1).min(line_text.len().max(col + 1));
            return (fid, line_start + col.min(line_text.len())..line_start + end.min(line_text.len() + 1));
        }
        if let Ok(tok) = std::str::from_utf8(token) {
            let t = tok.trim();
            if !t.is_empty() {
                if let Some(p) = line_text.find(t) {
                    return (fid, line_start + p..line_start + p + t.len());
                }
            }
        }
        let trimmed_start = line_text.len() - line_text.trim_start().len();
        let end = line_text.trim_end().len().max(trimmed_start);
        (fid, line_start + trimmed_start..line_start + end.max(trimmed_start))
    }
}

impl<'a> Files<'a> for DiagFiles {
    type FileId = usize;
    type Name = &'a str;
    type Source = &'a str;
    fn name(&'a self, id: usize) -> Result<&'a str, FilesError> {
        self.files.get(id).map(|f| f.name.as_str()).ok_or(FilesError::FileMissing)
    }
    fn source(&'a self, id: usize) -> Result<&'a str, FilesError> {
        self.files.get(id).map(|f| f.content.as_str()).ok_or(FilesError::FileMissing)
    }
    fn line_index(&'a self, id: usize, byte_index: usize) -> Result<usize, FilesError> {
        let f = self.files.get(id).ok_or(FilesError::FileMissing)?;
        Ok(match f.starts.binary_search(&byte_index) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        })
    }
    fn line_number(&'a self, id: usize, line_index: usize) -> Result<usize, FilesError> {
        let f = self.files.get(id).ok_or(FilesError::FileMissing)?;
        f.lines.get(line_index).map(|l| l.0 as usize).ok_or(FilesError::LineTooLarge { given: line_index, max: f.lines.len() })
    }
    fn line_range(&'a self, id: usize, line_index: usize) -> Result<std::ops::Range<usize>, FilesError> {
        let f = self.files.get(id).ok_or(FilesError::FileMissing)?;
        let start = *f.starts.get(line_index).ok_or(FilesError::LineTooLarge { given: line_index, max: f.lines.len() })?;
        let end = f.starts.get(line_index + 1).copied().unwrap_or(f.content.len());
        Ok(start..end)
    }
}

/// Renders diagnostics as text (ANSI colours when `color`), in the order given.
pub fn render(src: &Source, diags: &[Diagnostic], color: bool) -> String {
    let offsets: Vec<usize> =
        diags.iter().flat_map(|d| d.primary.iter().chain(d.secondary.iter())).map(|l| l.offset).collect();
    let files = DiagFiles::new(src, &offsets);
    let mut buf = if color { Buffer::ansi() } else { Buffer::no_color() };
    let config = term::Config::default();
    for d in diags {
        let sev = match d.severity {
            Severity::Error => cs::Severity::Error,
            Severity::Warning => cs::Severity::Warning,
            Severity::Note => cs::Severity::Note,
        };
        let mut cd = cs::Diagnostic::new(sev).with_message(&d.message);
        let mut labels = Vec::new();
        let mut notes = Vec::new();
        if let Some(p) = &d.primary {
            let (fid, r) = files.range(src, p.offset, p.len);
            labels.push(cs::Label::primary(fid, r).with_message(&p.message));
            let (_, stack) = src.locate(p.offset);
            for inc in stack.iter().rev() {
                notes.push(format!("in file included from {}:{}", src.file_name(inc.file), inc.line));
            }
        }
        for s in &d.secondary {
            let (fid, r) = files.range(src, s.offset, s.len);
            labels.push(cs::Label::secondary(fid, r).with_message(&s.message));
        }
        notes.extend(d.notes.iter().cloned());
        cd = cd.with_labels(labels).with_notes(notes);
        let styles = term::Styles::default();
        let mut w = term::StylesWriter::new(&mut buf, &styles);
        let _ = term::emit_to_write_style(&mut w, &config, &files, &cd);
    }
    String::from_utf8_lossy(buf.as_slice()).into_owned()
}

/// `file:line` of an original offset (for tests and short messages).
pub fn file_line(src: &Source, offset: usize) -> String {
    let (loc, _) = src.locate(offset);
    format!("{}:{}", src.file_name(loc.file), loc.line)
}
