//! Chart geometry for the app's own SVG charts: counts in, rectangles, labels and ticks out.
//!
//! Horizontal bars (labels on the left, values after the bar) stay readable on a 360 px phone and
//! on paper; the web only renders the elements ([`BarChart`]), and [`BarChart::to_svg`] gives the
//! same chart as SVG text for print views and the CLI. Coordinates are SVG user units.

/// One bar (or one segment of a stacked bar).
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
    /// The row's label (category).
    pub label: String,
    pub value: u32,
    /// Index of the series (segment colour), 0 for single-series charts.
    pub series: usize,
}

/// A row label, drawn right-aligned at (`x`, `y`).
#[derive(Debug, Clone, PartialEq)]
pub struct RowLabel {
    pub x: f64,
    pub y: f64,
    pub text: String,
    /// The row total, drawn left-aligned after the bar at (`value_x`, `y`).
    pub value_x: f64,
    pub value: u32,
}

/// A value-axis tick: a vertical grid line at `x` with its label.
#[derive(Debug, Clone, PartialEq)]
pub struct Tick {
    pub x: f64,
    pub value: u32,
}

/// A horizontal (optionally stacked) bar chart.
#[derive(Debug, Clone, PartialEq)]
pub struct BarChart {
    pub width: f64,
    pub height: f64,
    /// Where bars start (right edge of the label column).
    pub plot_x: f64,
    pub plot_width: f64,
    /// Bottom of the last row: where the tick labels go.
    pub axis_y: f64,
    pub bars: Vec<Bar>,
    pub rows: Vec<RowLabel>,
    pub ticks: Vec<Tick>,
    /// The largest row total (the axis maximum is the last tick).
    pub max: u32,
}

/// Row height and bar thickness (user units); 28 units ≈ a tap target on a phone.
pub const ROW_HEIGHT: f64 = 28.0;
const BAR_HEIGHT: f64 = 18.0;
const AXIS_HEIGHT: f64 = 20.0;
const VALUE_SPACE: f64 = 40.0;

/// A "nice" tick step (1, 2 or 5 × 10^k) for at most `max_ticks` intervals up to `max`.
pub fn nice_step(max: u32, max_ticks: u32) -> u32 {
    let max_ticks = max_ticks.max(1);
    let mut magnitude = 1u32;
    loop {
        for factor in [1, 2, 5] {
            let step = magnitude.saturating_mul(factor);
            if max.div_ceil(step) <= max_ticks || step == u32::MAX {
                return step;
            }
        }
        magnitude = magnitude.saturating_mul(10);
    }
}

/// One bar per row: `(label, value)`.
pub fn horizontal_bars(rows: &[(String, u32)], width: f64) -> BarChart {
    let stacked: Vec<(String, Vec<u32>)> =
        rows.iter().map(|(label, value)| (label.clone(), vec![*value])).collect();
    stacked_bars(&stacked, width)
}

/// One stacked bar per row: `(label, values per series)`; zero segments are left out.
pub fn stacked_bars(rows: &[(String, Vec<u32>)], width: f64) -> BarChart {
    let width = width.max(160.0);
    let plot_x = (width * 0.4).round();
    let plot_width = (width - plot_x - VALUE_SPACE).max(1.0);
    let totals: Vec<u32> = rows.iter().map(|(_, values)| values.iter().sum()).collect();
    let max = totals.iter().copied().max().unwrap_or(0);
    let step = nice_step(max.max(1), 5);
    let axis_max = max.max(1).div_ceil(step) * step;
    let scale = plot_width / f64::from(axis_max);
    let mut bars = Vec::new();
    let mut labels = Vec::new();
    for (index, ((label, values), total)) in rows.iter().zip(&totals).enumerate() {
        let top = index as f64 * ROW_HEIGHT;
        let y = top + (ROW_HEIGHT - BAR_HEIGHT) / 2.0;
        let mut x = plot_x;
        for (series, &value) in values.iter().enumerate() {
            if value == 0 {
                continue;
            }
            let bar_width = f64::from(value) * scale;
            bars.push(Bar {
                x,
                y,
                width: bar_width,
                height: BAR_HEIGHT,
                label: label.clone(),
                value,
                series,
            });
            x += bar_width;
        }
        labels.push(RowLabel {
            x: plot_x - 6.0,
            y: top + ROW_HEIGHT / 2.0,
            text: label.clone(),
            value_x: x + 4.0,
            value: *total,
        });
    }
    let ticks = (0..=axis_max / step)
        .map(|i| Tick { x: plot_x + f64::from(i * step) * scale, value: i * step })
        .collect();
    let axis_y = rows.len() as f64 * ROW_HEIGHT;
    BarChart {
        width,
        height: axis_y + AXIS_HEIGHT,
        plot_x,
        plot_width,
        axis_y,
        bars,
        rows: labels,
        ticks,
        max,
    }
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

impl BarChart {
    /// The chart as standalone SVG; bars get `class="series-N"` (style them in CSS; defaults
    /// are greys that print well). `title` becomes the accessible `<title>`.
    pub fn to_svg(&self, title: &str) -> String {
        let mut svg = format!(
            r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}" width="{w}" height="{h}" role="img" font-family="sans-serif" font-size="12"><title>{t}</title>"#,
            w = self.width,
            h = self.height,
            t = escape(title)
        );
        const FILLS: [&str; 4] = ["#1f4e79", "#7fa7cf", "#c9d7e6", "#999999"];
        for tick in &self.ticks {
            svg.push_str(&format!(
                r##"<line x1="{x:.1}" y1="0" x2="{x:.1}" y2="{y:.1}" stroke="#dddddd"/><text x="{x:.1}" y="{ty:.1}" text-anchor="middle">{v}</text>"##,
                x = tick.x,
                y = self.axis_y,
                ty = self.axis_y + 14.0,
                v = tick.value
            ));
        }
        for bar in &self.bars {
            svg.push_str(&format!(
                r#"<rect class="series-{s}" x="{x:.1}" y="{y:.1}" width="{w:.1}" height="{h:.1}" fill="{f}"><title>{l}: {v}</title></rect>"#,
                s = bar.series,
                x = bar.x,
                y = bar.y,
                w = bar.width,
                h = bar.height,
                f = FILLS[bar.series % FILLS.len()],
                l = escape(&bar.label),
                v = bar.value
            ));
        }
        for row in &self.rows {
            svg.push_str(&format!(
                r#"<text x="{x:.1}" y="{y:.1}" text-anchor="end" dominant-baseline="middle">{t}</text><text x="{vx:.1}" y="{y:.1}" dominant-baseline="middle">{v}</text>"#,
                x = row.x,
                y = row.y,
                t = escape(&row.text),
                vx = row.value_x,
                v = row.value
            ));
        }
        svg.push_str("</svg>");
        svg
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_are_nice_and_bars_scale_to_the_last_tick() {
        assert_eq!((nice_step(7, 5), nice_step(23, 5), nice_step(0, 5)), (2, 5, 1));
        assert_eq!(nice_step(1_000, 5), 200);
        let chart = horizontal_bars(&[("Dinas".into(), 8), ("Desa".into(), 0)], 360.0);
        assert_eq!(chart.plot_x, 144.0);
        assert_eq!(chart.ticks.iter().map(|t| t.value).collect::<Vec<_>>(), [0, 2, 4, 6, 8]);
        assert_eq!(chart.bars.len(), 1, "a zero bar is not drawn");
        assert!((chart.bars[0].width - chart.plot_width).abs() < 1e-9);
        assert_eq!(chart.rows[1].value, 0);
        assert_eq!(chart.height, 2.0 * ROW_HEIGHT + 20.0);
    }

    #[test]
    fn stacked_segments_follow_each_other_and_svg_escapes_labels() {
        let chart = stacked_bars(&[("A & B".into(), vec![3, 1])], 400.0);
        assert_eq!(chart.bars.len(), 2);
        assert!((chart.bars[1].x - (chart.bars[0].x + chart.bars[0].width)).abs() < 1e-9);
        assert_eq!(chart.rows[0].value, 4);
        let svg = chart.to_svg("Instansi <per> jenis");
        assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
        assert!(svg.contains("A &amp; B") && svg.contains("Instansi &lt;per&gt; jenis"));
        assert!(svg.contains(r#"class="series-1""#));
    }
}
