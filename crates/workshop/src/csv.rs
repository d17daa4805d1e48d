//! CSV as Excel and LibreOffice set to Slovene open it by double-click: UTF-8 with a byte order
//! mark, `;` between cells, CRLF line ends, a decimal comma in Slovene (a point in English),
//! quotes where a cell needs them, and text that a spreadsheet would take for a formula (`=`,
//! `+`, `-`, `@`, a tab or a carriage return at the start) guarded by a leading apostrophe, so a
//! card reading "- no cinema" stays a card.

/// Byte order mark: tells Excel the file is UTF-8.
pub const BOM: &str = "\u{feff}";
/// Cell separator.
pub const SEP: char = ';';

/// One cell.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    /// Text, written as it is (guarded and quoted where needed).
    Text(String),
    /// A whole number.
    Int(i64),
    /// A number with a fixed number of decimals.
    Num(f64, u32),
    /// Nothing.
    Empty,
}

/// `x` with `places` decimals and `mark` as the decimal mark, by integer arithmetic (no float
/// formatting, which would pull the whole float formatter into the app).
pub fn decimal(x: f64, places: u32, mark: char) -> String {
    let scale = 10i64.pow(places);
    let v = (x * scale as f64).round() as i64;
    let sign = if v < 0 { "-" } else { "" };
    let v = v.unsigned_abs();
    let (whole, frac) = (v / scale as u64, v % scale as u64);
    if places == 0 {
        return format!("{sign}{whole}");
    }
    format!("{sign}{whole}{mark}{frac:0width$}", width = places as usize)
}

/// A text cell as written: guarded if a spreadsheet would read it as a formula, quoted if it
/// holds the separator, a quote or a line break.
pub fn text_cell(text: &str) -> String {
    let guarded = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    };
    if guarded.contains([SEP, '"', '\n', '\r']) {
        format!("\"{}\"", guarded.replace('"', "\"\""))
    } else {
        guarded
    }
}

/// A whole table as a file's text: the BOM, then one CRLF-ended line per row.
pub fn write(header: &[String], rows: &[Vec<Cell>], decimal_comma: bool) -> String {
    let mark = if decimal_comma { ',' } else { '.' };
    let mut out = String::from(BOM);
    let mut line = |cells: Vec<String>| {
        out.push_str(&cells.join(&SEP.to_string()));
        out.push_str("\r\n");
    };
    line(header.iter().map(|h| text_cell(h)).collect());
    for row in rows {
        line(
            row.iter()
                .map(|c| match c {
                    Cell::Text(t) => text_cell(t),
                    Cell::Int(i) => i.to_string(),
                    Cell::Num(x, places) => decimal(*x, *places, mark),
                    Cell::Empty => String::new(),
                })
                .collect(),
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals_use_the_mark_and_round() {
        assert_eq!(decimal(2.345, 2, ','), "2,35");
        assert_eq!(decimal(-0.25, 1, '.'), "-0.3");
        assert_eq!(decimal(7.0, 0, ','), "7");
        assert_eq!(decimal(0.05, 2, ','), "0,05");
    }

    #[test]
    fn cells_are_guarded_and_quoted() {
        assert_eq!(text_cell("- no cinema"), "'- no cinema");
        assert_eq!(text_cell("=1+1"), "'=1+1");
        assert_eq!(text_cell("@sum"), "'@sum");
        assert_eq!(text_cell("a; b"), "\"a; b\"");
        assert_eq!(text_cell("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(text_cell("two\nlines"), "\"two\nlines\"");
        assert_eq!(text_cell("čšž"), "čšž");
    }
}
