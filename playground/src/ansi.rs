//! cir's coloured diagnostics (ANSI SGR escapes, as codespan-reporting writes them) to HTML
//! spans, and to plain text. Everything else is escaped: the result is safe to insert as HTML.
//!
//! Classes: `ansi-bold`, `ansi-dim`, `ansi-italic`, `ansi-underline`, `ansi-fg-N` for colour N
//! of the 256 (0–7 normal, 8–15 bright; `ESC[31m` is `ansi-fg-1`, `ESC[38;5;9m` `ansi-fg-9`),
//! `ansi-fg-rgb-R-G-B` for true colour (`ESC[38;2;R;G;Bm`), `ansi-bg-...` likewise.

/// The text with its SGR escapes turned into `<span class="...">` and `<`, `>`, `&`, `"`, `'` escaped.
pub fn to_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 4);
    let mut style = Style::default();
    let mut open = false;
    for piece in split(s) {
        match piece {
            Piece::Text(t) => {
                if t.is_empty() {
                    continue;
                }
                if !open && !style.is_plain() {
                    out.push_str(&format!("<span class=\"{}\">", style.classes()));
                    open = true;
                }
                escape_into(&mut out, t);
            }
            Piece::Sgr(params) => {
                let next = style.apply(params);
                if next != style {
                    if open {
                        out.push_str("</span>");
                        open = false;
                    }
                    style = next;
                }
            }
        }
    }
    if open {
        out.push_str("</span>");
    }
    out
}

/// The text without escape sequences.
pub fn strip(s: &str) -> String {
    split(s)
        .filter_map(|p| match p {
            Piece::Text(t) => Some(t),
            Piece::Sgr(_) => None,
        })
        .collect()
}

#[derive(Default, Clone, PartialEq, Eq, Debug)]
struct Style {
    bold: bool,
    dim: bool,
    italic: bool,
    underline: bool,
    fg: Option<Colour>,
    bg: Option<Colour>,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Colour {
    Index(u8),
    Rgb(u8, u8, u8),
}

impl Colour {
    fn class(self, layer: &str) -> String {
        match self {
            Colour::Index(n) => format!("ansi-{layer}-{n}"),
            Colour::Rgb(r, g, b) => format!("ansi-{layer}-rgb-{r}-{g}-{b}"),
        }
    }
}

impl Style {
    fn is_plain(&self) -> bool {
        *self == Style::default()
    }

    fn classes(&self) -> String {
        let mut c = Vec::new();
        if self.bold {
            c.push("ansi-bold".to_string());
        }
        if self.dim {
            c.push("ansi-dim".to_string());
        }
        if self.italic {
            c.push("ansi-italic".to_string());
        }
        if self.underline {
            c.push("ansi-underline".to_string());
        }
        if let Some(f) = self.fg {
            c.push(f.class("fg"));
        }
        if let Some(b) = self.bg {
            c.push(b.class("bg"));
        }
        c.join(" ")
    }

    /// The style after an SGR sequence with these parameters (`1;38;5;9`).
    fn apply(&self, params: &str) -> Style {
        let mut s = self.clone();
        let nums: Vec<u32> = if params.is_empty() { vec![0] } else { params.split(';').map(|p| p.parse().unwrap_or(0)).collect() };
        let mut i = 0;
        while i < nums.len() {
            match nums[i] {
                0 => s = Style::default(),
                1 => s.bold = true,
                2 => s.dim = true,
                3 => s.italic = true,
                4 => s.underline = true,
                22 => (s.bold, s.dim) = (false, false),
                23 => s.italic = false,
                24 => s.underline = false,
                n @ 30..=37 => s.fg = Some(Colour::Index((n - 30) as u8)),
                39 => s.fg = None,
                n @ 40..=47 => s.bg = Some(Colour::Index((n - 40) as u8)),
                49 => s.bg = None,
                n @ 90..=97 => s.fg = Some(Colour::Index((n - 90 + 8) as u8)),
                n @ 100..=107 => s.bg = Some(Colour::Index((n - 100 + 8) as u8)),
                n @ (38 | 48) => {
                    // 38;5;N (256 colours) or 38;2;R;G;B (true colour).
                    let byte = |k: usize| nums.get(i + k).map(|&c| c.min(255) as u8);
                    let colour = match nums.get(i + 1) {
                        Some(5) => {
                            let c = byte(2).map(Colour::Index);
                            i += 2;
                            c
                        }
                        Some(2) => {
                            let c = match (byte(2), byte(3), byte(4)) {
                                (Some(r), Some(g), Some(b)) => Some(Colour::Rgb(r, g, b)),
                                _ => None,
                            };
                            i += 4;
                            c
                        }
                        _ => None,
                    };
                    if n == 38 {
                        s.fg = colour;
                    } else {
                        s.bg = colour;
                    }
                }
                _ => {}
            }
            i += 1;
        }
        s
    }
}

enum Piece<'a> {
    Text(&'a str),
    /// The parameters of `ESC [ params m`.
    Sgr(&'a str),
}

/// Splits text at escape sequences: SGR ones are kept as `Piece::Sgr`, other CSI sequences and
/// stray escapes are dropped.
fn split(s: &str) -> impl Iterator<Item = Piece<'_>> {
    let mut rest = s;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let Some(esc) = rest.find('\x1b') else {
            let t = rest;
            rest = "";
            return Some(Piece::Text(t));
        };
        if esc > 0 {
            let t = &rest[..esc];
            rest = &rest[esc..];
            return Some(Piece::Text(t));
        }
        // At an escape. CSI: ESC [ parameter bytes (0x30–0x3F) ... final byte (0x40–0x7E).
        let b = rest.as_bytes();
        if b.get(1) == Some(&b'[') {
            let mut j = 2;
            while j < b.len() && (0x20..0x40).contains(&b[j]) {
                j += 1;
            }
            if j < b.len() && (0x40..0x7f).contains(&b[j]) {
                let params = &rest[2..j];
                let fin = b[j];
                rest = &rest[j + 1..];
                return Some(if fin == b'm' { Piece::Sgr(params) } else { Piece::Text("") });
            }
            // Unterminated: drop the rest of the escape.
            rest = &rest[j..];
            return Some(Piece::Text(""));
        }
        rest = &rest[1..];
        Some(Piece::Text(""))
    })
}

fn escape_into(out: &mut String, t: &str) {
    for c in t.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_become_spans_and_text_is_escaped() {
        let s = "\x1b[0m\x1b[1m\x1b[38;5;9merror\x1b[0m\x1b[1m: bad <x> & \"y\"\x1b[0m\n";
        assert_eq!(
            to_html(s),
            "<span class=\"ansi-bold ansi-fg-9\">error</span><span class=\"ansi-bold\">: bad &lt;x&gt; &amp; &quot;y&quot;</span>\n"
        );
        assert_eq!(strip(s), "error: bad <x> & \"y\"\n");
    }

    #[test]
    fn basic_and_bright_colours() {
        assert_eq!(to_html("\x1b[31mred\x1b[39m plain \x1b[96mcyan\x1b[0m"), "<span class=\"ansi-fg-1\">red</span> plain <span class=\"ansi-fg-14\">cyan</span>");
    }

    #[test]
    fn dim_and_true_colour() {
        assert_eq!(to_html("\x1b[2;38;2;1;2;3mx\x1b[22m"), "<span class=\"ansi-dim ansi-fg-rgb-1-2-3\">x</span>");
    }

    #[test]
    fn other_escapes_are_dropped() {
        assert_eq!(to_html("a\x1b[2Kb\x1bc\x1b[12"), "abc");
        assert_eq!(strip("a\x1b[2Kb"), "ab");
    }
}
