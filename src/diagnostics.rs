//! Diagnostics: the `Diagnostic` type, one constructor per common message, and rendering with
//! codespan-reporting at the user's original `file:line` (through the linemarker index), with
//! the original source line when the file is readable and "in file included from" notes.
//!
//! Offsets in a `Diagnostic` are offsets in the *original* preprocessed input (`Source.bytes`).

use std::collections::HashMap;

use codespan_reporting::diagnostic as cs;
use codespan_reporting::files::SimpleFiles;
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

/// Files shown in diagnostics: original files read from disk when possible, otherwise a
/// reconstruction from the preprocessed lines.
struct DiagFiles<'a> {
    src: &'a Source,
    files: SimpleFiles<String, String>,
    ids: HashMap<u32, usize>,
    /// Per-file reconstructed line texts for files that cannot be read.
    virtual_lines: HashMap<u32, HashMap<u32, String>>,
}

impl<'a> DiagFiles<'a> {
    fn new(src: &'a Source) -> Self {
        DiagFiles { src, files: SimpleFiles::new(), ids: HashMap::new(), virtual_lines: HashMap::new() }
    }

    /// Registers the pp line at `offset` for virtual reconstruction of its file.
    fn note_line(&mut self, offset: usize) {
        let (loc, _) = self.src.locate(offset);
        let (_, line) = self.src.pp_line(offset);
        self.virtual_lines
            .entry(loc.file)
            .or_default()
            .insert(loc.line, String::from_utf8_lossy(line).into_owned());
    }

    fn file_id(&mut self, file: u32) -> usize {
        if let Some(&id) = self.ids.get(&file) {
            return id;
        }
        let name = self.src.file_name(file).to_string();
        let content = std::fs::read(&name).ok().map(|b| String::from_utf8_lossy(&b).into_owned());
        let wanted = self.virtual_lines.get(&file);
        let usable = match (&content, wanted) {
            (Some(c), Some(w)) => {
                let nlines = c.lines().count() as u32;
                w.keys().all(|&l| l <= nlines)
            }
            (Some(_), None) => true,
            _ => false,
        };
        let content = if usable {
            content.unwrap_or_default()
        } else {
            let mut s = String::new();
            if let Some(w) = wanted {
                let max = w.keys().copied().max().unwrap_or(1);
                for l in 1..=max {
                    if let Some(t) = w.get(&l) {
                        s.push_str(t);
                    }
                    s.push('\n');
                }
            }
            s
        };
        let id = self.files.add(name, content);
        self.ids.insert(file, id);
        id
    }

    /// Converts an original-input range to a (file, byte range in that file).
    fn range(&mut self, offset: usize, len: usize) -> (usize, std::ops::Range<usize>) {
        let (loc, _) = self.src.locate(offset);
        let fid = self.file_id(loc.file);
        let (pp_start, pp_line) = self.src.pp_line(offset);
        let col = offset.saturating_sub(pp_start).min(pp_line.len());
        let tok_end = (col + len.max(1)).min(pp_line.len());
        let token = &pp_line[col..tok_end.max(col)];
        let file = self.files.get(fid).expect("file just added");
        let text = file.source();
        // Find the line in the file.
        let mut line_start = 0usize;
        let mut l = 1u32;
        while l < loc.line {
            match text[line_start..].find('\n') {
                Some(p) => line_start += p + 1,
                None => {
                    line_start = text.len();
                    break;
                }
            }
            l += 1;
        }
        let line_end = text[line_start..].find('\n').map_or(text.len(), |p| line_start + p);
        let line_text = &text[line_start..line_end];
        if line_text.as_bytes() == pp_line {
            return (fid, line_start + col..line_start + tok_end.max(col + 1).min(line_text.len().max(col + 1)));
        }
        if !token.is_empty() {
            if let Ok(tok) = std::str::from_utf8(token) {
                if let Some(p) = line_text.find(tok.trim()) {
                    let t = tok.trim();
                    return (fid, line_start + p..line_start + p + t.len().max(1));
                }
            }
        }
        let trimmed_start = line_text.len() - line_text.trim_start().len();
        let end = line_text.trim_end().len().max(trimmed_start + 1).min(line_text.len().max(trimmed_start));
        (fid, line_start + trimmed_start..line_start + end)
    }
}

/// Renders diagnostics as text (ANSI colours when `color`), in the order given.
pub fn render(src: &Source, diags: &[Diagnostic], color: bool) -> String {
    let mut files = DiagFiles::new(src);
    for d in diags {
        for l in d.primary.iter().chain(d.secondary.iter()) {
            files.note_line(l.offset);
        }
    }
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
            let (fid, r) = files.range(p.offset, p.len);
            labels.push(cs::Label::primary(fid, r).with_message(&p.message));
            let (_, stack) = src.locate(p.offset);
            for inc in stack.iter().rev() {
                notes.push(format!("in file included from {}:{}", src.file_name(inc.file), inc.line));
            }
        }
        for s in &d.secondary {
            let (fid, r) = files.range(s.offset, s.len);
            labels.push(cs::Label::secondary(fid, r).with_message(&s.message));
        }
        notes.extend(d.notes.iter().cloned());
        cd = cd.with_labels(labels).with_notes(notes);
        let styles = term::Styles::default();
        let mut w = term::StylesWriter::new(&mut buf, &styles);
        let _ = term::emit_to_write_style(&mut w, &config, &files.files, &cd);
    }
    String::from_utf8_lossy(buf.as_slice()).into_owned()
}

/// `file:line` of an original offset (for tests and short messages).
pub fn file_line(src: &Source, offset: usize) -> String {
    let (loc, _) = src.locate(offset);
    format!("{}:{}", src.file_name(loc.file), loc.line)
}
