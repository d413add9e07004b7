//! QR codes of short texts (the revision hash on a printed berita acara): drawn as SVG for the
//! print page and, with the `docx` feature, as a PNG picture for the Word file.

use qrcode::render::svg;
use qrcode::{EcLevel, QrCode};
use thiserror::Error;

/// A QR code could not be made.
#[derive(Debug, Error, PartialEq, Eq)]
pub enum QrError {
    #[error("the text is too long for a QR code ({0} bytes)")]
    TooLong(usize),
    #[error("the QR picture could not be written: {0}")]
    Picture(String),
}

/// The QR code of `payload` (error correction M: a smudged print still reads).
fn encode(payload: &str) -> Result<QrCode, QrError> {
    QrCode::with_error_correction_level(payload.as_bytes(), EcLevel::M)
        .map_err(|_| QrError::TooLong(payload.len()))
}

/// The QR code of `payload` as an `<svg>` element (no XML declaration) at least `size` px wide,
/// dark modules black on white with the standard quiet zone.
pub fn qr_svg(payload: &str, size: u32) -> Result<String, QrError> {
    let code = encode(payload)?;
    let drawn = code
        .render::<svg::Color<'_>>()
        .min_dimensions(size, size)
        .dark_color(svg::Color("#000000"))
        .light_color(svg::Color("#ffffff"))
        .build();
    // The renderer starts with an XML declaration, which has no place inside HTML.
    Ok(drawn.find("<svg").map_or(drawn.clone(), |start| drawn[start..].to_owned()))
}

/// The QR code of `payload` as a greyscale PNG, `scale` pixels per module, with the quiet zone;
/// returns the bytes and the side in pixels.
#[cfg(feature = "docx")]
pub fn qr_png(payload: &str, scale: u32) -> Result<(Vec<u8>, u32), QrError> {
    const QUIET: usize = 4;
    let code = encode(payload)?;
    let width = code.width();
    let colors = code.to_colors();
    let modules = width + 2 * QUIET;
    let scale = scale.max(1) as usize;
    let side = modules * scale;
    let mut pixels = vec![255u8; side * side];
    for (index, color) in colors.iter().enumerate() {
        if *color == qrcode::Color::Dark {
            let (x, y) = (index % width + QUIET, index / width + QUIET);
            for row in y * scale..(y + 1) * scale {
                pixels[row * side + x * scale..row * side + (x + 1) * scale].fill(0);
            }
        }
    }
    let side_px = u32::try_from(side).map_err(|_| QrError::TooLong(payload.len()))?;
    let mut bytes = Vec::new();
    let mut encoder = png::Encoder::new(&mut bytes, side_px, side_px);
    encoder.set_color(png::ColorType::Grayscale);
    encoder.set_depth(png::BitDepth::Eight);
    let picture = |error: png::EncodingError| QrError::Picture(error.to_string());
    let mut writer = encoder.write_header().map_err(picture)?;
    writer.write_image_data(&pixels).map_err(picture)?;
    writer.finish().map_err(picture)?;
    Ok((bytes, side_px))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_revision_hash_fits_and_draws_as_an_inline_svg() {
        let hash = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
        let drawn = qr_svg(hash, 160).expect("test data");
        assert!(drawn.starts_with("<svg"), "{drawn}");
        assert!(drawn.contains("#000000"));
    }

    #[test]
    fn text_beyond_a_qr_code_is_refused() {
        let long = "x".repeat(5_000);
        assert_eq!(qr_svg(&long, 100), Err(QrError::TooLong(5_000)));
    }

    #[cfg(feature = "docx")]
    #[test]
    fn the_png_is_square_with_the_quiet_zone() {
        let (bytes, side) = qr_png("abc", 4).expect("test data");
        assert!(bytes.starts_with(&[0x89, b'P', b'N', b'G']));
        // Version 1 is 21 modules; 4 quiet modules each side; 4 px per module.
        assert_eq!(side, (21 + 8) * 4);
    }
}
