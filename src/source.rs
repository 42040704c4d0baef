//! The preprocessed input and its linemarker index: byte offset → original `file:line` plus the
//! include stack ("in file included from ...").
//!
//! `gcc -E` writes `# LINE "FILE" FLAGS` markers (flag 1: entering an include, 2: returning).
//! The index is built once; each lookup is two binary searches.

/// A location in an original (pre-preprocessing) file.
#[derive(Copy, Clone, PartialEq, Eq, Debug, Hash)]
pub struct Loc {
    pub file: u32,
    pub line: u32,
}

#[derive(Clone, Debug)]
struct Marker {
    /// Index (into `line_starts`) of the first line the marker applies to.
    line_index: u32,
    file: u32,
    line: u32,
    stack: u32,
}

/// The preprocessed input text with its linemarker index.
pub struct Source {
    /// Name shown for the input when it has no linemarkers (`<stdin>`, `x.i`).
    pub input_name: String,
    /// The input bytes exactly as read.
    pub bytes: Vec<u8>,
    line_starts: Vec<u32>,
    markers: Vec<Marker>,
    files: Vec<String>,
    stacks: Vec<Vec<Loc>>,
}

impl Source {
    pub fn new(input_name: &str, bytes: Vec<u8>) -> Source {
        let mut line_starts = vec![0u32];
        for (i, &b) in bytes.iter().enumerate() {
            if b == b'\n' {
                line_starts.push((i + 1) as u32);
            }
        }
        let mut src = Source {
            input_name: input_name.to_string(),
            bytes,
            line_starts,
            markers: Vec::new(),
            files: vec![input_name.to_string()],
            stacks: vec![Vec::new()],
        };
        src.index_markers();
        src
    }

    fn file_id(&mut self, name: &str) -> u32 {
        if let Some(i) = self.files.iter().position(|f| f == name) {
            return i as u32;
        }
        self.files.push(name.to_string());
        (self.files.len() - 1) as u32
    }

    fn index_markers(&mut self) {
        let mut stack: Vec<Loc> = Vec::new();
        let mut cur = Loc { file: 0, line: 1 };
        let mut cur_marker_line_index = 0u32;
        let nlines = self.line_starts.len();
        for li in 0..nlines {
            let start = self.line_starts[li] as usize;
            if self.bytes.get(start) != Some(&b'#') {
                continue;
            }
            let end = self.line_starts.get(li + 1).map(|&e| e as usize).unwrap_or(self.bytes.len());
            let Some((line, file, flags)) = parse_marker(&self.bytes[start..end]) else { continue };
            // The line the marker itself stands on, in the current file.
            let here = Loc { file: cur.file, line: cur.line + (li as u32 - cur_marker_line_index) };
            let file_id = match &file {
                Some(f) => self.file_id(f),
                None => cur.file,
            };
            if flags.contains(&1) {
                stack.push(here);
            } else if flags.contains(&2) {
                stack.pop();
            }
            let stack_id = if self.stacks.last() == Some(&stack) {
                (self.stacks.len() - 1) as u32
            } else {
                self.stacks.push(stack.clone());
                (self.stacks.len() - 1) as u32
            };
            cur = Loc { file: file_id, line };
            cur_marker_line_index = li as u32 + 1;
            self.markers.push(Marker { line_index: li as u32 + 1, file: file_id, line, stack: stack_id });
        }
    }

    /// Index of the line containing `offset` (0-based, in the preprocessed text).
    pub fn line_index(&self, offset: usize) -> usize {
        match self.line_starts.binary_search(&(offset as u32)) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        }
    }

    /// The preprocessed line containing `offset`, without its newline.
    pub fn pp_line(&self, offset: usize) -> (usize, &[u8]) {
        let li = self.line_index(offset);
        let start = self.line_starts[li] as usize;
        let end = self.line_starts.get(li + 1).map(|&e| e as usize - 1).unwrap_or(self.bytes.len());
        (start, &self.bytes[start..end.max(start)])
    }

    /// The original location of a byte offset and its include stack (outermost first).
    pub fn locate(&self, offset: usize) -> (Loc, &[Loc]) {
        let li = self.line_index(offset) as u32;
        let mi = match self.markers.binary_search_by(|m| m.line_index.cmp(&li)) {
            Ok(i) => Some(i),
            Err(0) => None,
            Err(i) => Some(i - 1),
        };
        match mi {
            None => (Loc { file: 0, line: li + 1 }, &[]),
            Some(i) => {
                let m = &self.markers[i];
                (Loc { file: m.file, line: m.line + (li - m.line_index) }, &self.stacks[m.stack as usize])
            }
        }
    }

    pub fn file_name(&self, file: u32) -> &str {
        &self.files[file as usize]
    }

    /// The name of the main file (the file the first linemarker names), or the input name.
    pub fn main_file_name(&self) -> &str {
        match self.markers.first() {
            Some(m) => &self.files[m.file as usize],
            None => &self.input_name,
        }
    }
}

/// Parses `# 12 "file" 1 3` or `#line 12 "file"`; returns (line, file, flags).
fn parse_marker(line: &[u8]) -> Option<(u32, Option<String>, Vec<u32>)> {
    let mut i = 1;
    let skip_ws = |i: &mut usize| {
        while *i < line.len() && (line[*i] == b' ' || line[*i] == b'\t') {
            *i += 1;
        }
    };
    skip_ws(&mut i);
    if line[i..].starts_with(b"line") {
        i += 4;
        skip_ws(&mut i);
    }
    let ds = i;
    while i < line.len() && line[i].is_ascii_digit() {
        i += 1;
    }
    if i == ds {
        return None;
    }
    let n: u32 = std::str::from_utf8(&line[ds..i]).ok()?.parse().ok()?;
    skip_ws(&mut i);
    let mut file = None;
    if i < line.len() && line[i] == b'"' {
        i += 1;
        let mut name = Vec::new();
        while i < line.len() && line[i] != b'"' {
            if line[i] == b'\\' && i + 1 < line.len() {
                i += 1;
                // gcc escapes `\` and `"` in names; octal escapes for odd bytes.
                if line[i].is_ascii_digit() {
                    let mut v = 0u32;
                    let mut k = 0;
                    while k < 3 && i < line.len() && (b'0'..=b'7').contains(&line[i]) {
                        v = v * 8 + (line[i] - b'0') as u32;
                        i += 1;
                        k += 1;
                    }
                    name.push(v as u8);
                    continue;
                }
            }
            name.push(line[i]);
            i += 1;
        }
        file = Some(String::from_utf8_lossy(&name).into_owned());
        i += 1;
    }
    let mut flags = Vec::new();
    for tok in line.get(i..).unwrap_or(&[]).split(|&b| b == b' ' || b == b'\t' || b == b'\n' || b == b'\r') {
        if let Ok(s) = std::str::from_utf8(tok) {
            if let Ok(f) = s.parse::<u32>() {
                flags.push(f);
            }
        }
    }
    Some((n, file, flags))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers_and_include_stack() {
        let text = "# 0 \"m.c\"\n# 0 \"<built-in>\"\n# 1 \"m.c\"\nint a;\n# 1 \"h.h\" 1\nint h;\n\nint h2;\n# 3 \"m.c\" 2\nint b;\n";
        let src = Source::new("m.i", text.as_bytes().to_vec());
        let off = text.find("int a").unwrap();
        let (loc, stack) = src.locate(off);
        assert_eq!((src.file_name(loc.file), loc.line), ("m.c", 1));
        assert!(stack.is_empty());
        let off = text.find("int h2").unwrap();
        let (loc, stack) = src.locate(off);
        assert_eq!((src.file_name(loc.file), loc.line), ("h.h", 3));
        assert_eq!(stack.len(), 1);
        assert_eq!((src.file_name(stack[0].file), stack[0].line), ("m.c", 2));
        let off = text.find("int b").unwrap();
        let (loc, stack) = src.locate(off);
        assert_eq!((src.file_name(loc.file), loc.line), ("m.c", 3));
        assert!(stack.is_empty());
        assert_eq!(src.main_file_name(), "m.c");
    }

    #[test]
    fn no_markers_uses_physical_lines() {
        let src = Source::new("x.i", b"int a;\nint b;\n".to_vec());
        let (loc, _) = src.locate(8);
        assert_eq!((src.file_name(loc.file), loc.line), ("x.i", 2));
    }
}
