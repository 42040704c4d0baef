//! Make dependency files (`-MD`): the rule cir adds to the preprocessor's for what compile-time
//! code depended on (files it read, `-l` libraries), in the syntax gcc writes.

/// `path` escaped for a make rule, as gcc's `-MQ` does: spaces and tabs (and the backslashes
/// before them), `#` and `$`.
pub fn quote(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    let b = path.as_bytes();
    for (i, c) in path.char_indices() {
        match c {
            ' ' | '\t' => {
                // Backslashes right before a blank are doubled.
                let mut j = i;
                while j > 0 && b[j - 1] == b'\\' {
                    out.push('\\');
                    j -= 1;
                }
                out.push('\\');
                out.push(c);
            }
            '$' => out.push_str("$$"),
            '#' => out.push_str("\\#"),
            _ => out.push(c),
        }
    }
    out
}

/// A rule `targets: deps` (targets already in make syntax, deps as paths), wrapped like gcc's,
/// and with `phony` an empty rule for each dependency (`-MP`), so that make does not fail when
/// one is deleted. Empty when there are no dependencies.
pub fn rule(targets: &[String], deps: &[String], phony: bool) -> String {
    if deps.is_empty() {
        return String::new();
    }
    let mut out = format!("{}:", targets.join(" "));
    for d in deps {
        out.push_str(" \\\n ");
        out.push_str(&quote(d));
    }
    out.push('\n');
    if phony {
        for d in deps {
            out.push('\n');
            out.push_str(&quote(d));
            out.push_str(":\n");
        }
    }
    out
}

/// Writes `rule` to the dependency file at `path`: after what is there (the preprocessor's
/// rule for the headers), or in place of it with `fresh`.
pub fn add_rule(path: &std::path::Path, rule: &str, fresh: bool) -> std::io::Result<()> {
    let mut text = if fresh { String::new() } else { std::fs::read_to_string(path).unwrap_or_default() };
    if !text.is_empty() && !text.ends_with('\n') {
        text.push('\n');
    }
    text.push_str(rule);
    std::fs::write(path, text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoting_and_rules() {
        assert_eq!(quote("a b$#c"), "a\\ b$$\\#c");
        assert_eq!(quote("x\\ y"), "x\\\\\\ y");
        assert_eq!(rule(&["t.o".into()], &[], true), "");
        assert_eq!(rule(&["t.o".into()], &["d 1".into(), "e".into()], false), "t.o: \\\n d\\ 1 \\\n e\n");
        assert_eq!(rule(&["t.o".into()], &["e".into()], true), "t.o: \\\n e\n\ne:\n");
    }
}
