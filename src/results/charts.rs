//! Charts as inline SVG drawn on the server: bars with their figures written beside them,
//! so they read without colour, and a text description for screen readers.

use std::fmt::Write;

/// One bar: its label, its length from 0 to 1, and the figure written beside it (None: the
/// group is suppressed and shows the `hidden` text instead of a bar).
pub struct Bar {
    pub label: String,
    pub length: f64,
    pub figure: Option<String>,
}

const WIDTH: f64 = 300.0;
const BAR: f64 = 190.0;
const ROW: f64 = 30.0;

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Horizontal bars, one per row. `title` names the chart; the description lists every bar.
pub fn bars(title: &str, bars: &[Bar], hidden: &str) -> String {
    let height = ROW * bars.len() as f64;
    let description = bars
        .iter()
        .map(|b| format!("{}: {}", b.label, b.figure.as_deref().unwrap_or(hidden)))
        .collect::<Vec<_>>()
        .join("; ");
    let mut svg = format!(
        r#"<svg class="chart" viewBox="0 0 {WIDTH} {height}" role="img" xmlns="http://www.w3.org/2000/svg"><title>{}</title><desc>{}</desc>"#,
        escape(title),
        escape(&description),
    );
    for (row, bar) in bars.iter().enumerate() {
        let top = ROW * row as f64;
        let _ = write!(
            svg,
            r#"<text x="0" y="{:.0}" class="chart-label">{}</text>"#,
            top + 11.0,
            escape(&bar.label)
        );
        match &bar.figure {
            Some(figure) => {
                let length = (bar.length.clamp(0.0, 1.0) * BAR).max(1.0);
                let _ = write!(
                    svg,
                    r#"<rect x="0" y="{:.0}" width="{BAR}" height="10" class="chart-track"/><rect x="0" y="{:.0}" width="{length:.1}" height="10" class="chart-bar"/><text x="{:.0}" y="{:.0}" class="chart-figure">{}</text>"#,
                    top + 15.0,
                    top + 15.0,
                    BAR + 6.0,
                    top + 24.0,
                    escape(figure)
                );
            }
            None => {
                let _ = write!(
                    svg,
                    r#"<text x="0" y="{:.0}" class="chart-figure chart-hidden">{}</text>"#,
                    top + 25.0,
                    escape(hidden)
                );
            }
        }
    }
    svg.push_str("</svg>");
    svg
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_carry_their_figures_in_text_and_escape_labels() {
        let svg = bars(
            "Support <by group>",
            &[
                Bar {
                    label: "A & B".into(),
                    length: 0.5,
                    figure: Some("50% (2 of 4)".into()),
                },
                Bar {
                    label: "C".into(),
                    length: 0.0,
                    figure: None,
                },
            ],
            "fewer than 3",
        );
        assert!(svg.contains("<title>Support &lt;by group&gt;</title>"));
        assert!(svg.contains("<desc>A &amp; B: 50% (2 of 4); C: fewer than 3</desc>"));
        assert!(svg.contains(r#"width="95.0""#));
        assert!(svg.contains(">fewer than 3</text>"));
    }
}
