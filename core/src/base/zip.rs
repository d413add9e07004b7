//! A minimal, deterministic ZIP writer over `std::io::Write`: stored entries only, no extra fields.
//!
//! Every byte it emits is fixed by the entry names and contents (see docs/bundle-format.md,
//! "ZIP layout"), so the same input always gives the same archive.
//! Entries whose bytes are known up front get a complete local header;
//! streamed entries (evidence) get general-purpose flag bit 3 and a data descriptor,
//! so the writer never seeks and never holds a whole file.

use std::io::{self, Write};

use sha2::{Digest, Sha256};

use crate::base::hash::hex_encode;

/// 1980-01-01 00:00:00, the earliest DOS time: date = (0 << 9) | (1 << 5) | 1.
const DOS_DATE: u16 = 0x0021;
const DOS_TIME: u16 = 0;
/// 2.0: needed for data descriptors.
const VERSION_NEEDED: u16 = 20;
/// Made by Unix (3), spec version 2.0.
const VERSION_MADE_BY: u16 = (3 << 8) | 20;
/// `-rw-r--r--` regular file, in the upper 16 bits.
const EXTERNAL_ATTRIBUTES: u32 = 0o100_644 << 16;
const FLAG_DATA_DESCRIPTOR: u16 = 0x0008;
/// General-purpose bit 11: the name is UTF-8. Set only for non-ASCII names, so bundles
/// (ASCII names) keep their bytes.
const FLAG_UTF8: u16 = 0x0800;

fn name_flags(name: &str) -> u16 {
    if name.is_ascii() { 0 } else { FLAG_UTF8 }
}

const LOCAL_HEADER_LEN: u64 = 30;
const DATA_DESCRIPTOR_LEN: u64 = 16;
const CENTRAL_HEADER_LEN: u64 = 46;
const END_RECORD_LEN: u64 = 22;

/// The exact archive length for entries `(name length, data length, streamed)`.
pub(crate) fn archive_len(entries: impl Iterator<Item = (usize, u64, bool)>) -> u64 {
    let mut total = END_RECORD_LEN;
    for (name_len, data_len, streamed) in entries {
        let name_len = name_len as u64;
        total += LOCAL_HEADER_LEN + name_len + data_len + CENTRAL_HEADER_LEN + name_len;
        if streamed {
            total += DATA_DESCRIPTOR_LEN;
        }
    }
    total
}

struct CentralEntry {
    name: String,
    flags: u16,
    crc: u32,
    size: u32,
    offset: u32,
}

struct OpenEntry {
    name: String,
    offset: u32,
    crc: crc32fast::Hasher,
    written: u64,
}

/// Writes stored ZIP entries one after the other, then the central directory.
pub(crate) struct ZipStream<W: Write> {
    out: W,
    offset: u64,
    central: Vec<CentralEntry>,
    open: Option<OpenEntry>,
}

fn too_large() -> io::Error {
    io::Error::other("the bundle would exceed 4 GiB or 65535 entries (ZIP64 is not used)")
}

fn to_u32(value: u64) -> io::Result<u32> {
    u32::try_from(value).map_err(|_| too_large())
}

impl<W: Write> ZipStream<W> {
    pub(crate) fn new(out: W) -> Self {
        Self { out, offset: 0, central: Vec::new(), open: None }
    }

    fn emit(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.out.write_all(bytes)?;
        self.offset += bytes.len() as u64;
        Ok(())
    }

    fn local_header(&mut self, name: &str, flags: u16, crc: u32, size: u32) -> io::Result<u32> {
        if self.central.len() >= usize::from(u16::MAX) {
            return Err(too_large());
        }
        let offset = to_u32(self.offset)?;
        let name_len = u16::try_from(name.len()).map_err(|_| too_large())?;
        let mut header = Vec::with_capacity(30 + name.len());
        header.extend_from_slice(&0x0403_4b50u32.to_le_bytes());
        header.extend_from_slice(&VERSION_NEEDED.to_le_bytes());
        header.extend_from_slice(&flags.to_le_bytes());
        header.extend_from_slice(&0u16.to_le_bytes()); // stored
        header.extend_from_slice(&DOS_TIME.to_le_bytes());
        header.extend_from_slice(&DOS_DATE.to_le_bytes());
        header.extend_from_slice(&crc.to_le_bytes());
        header.extend_from_slice(&size.to_le_bytes()); // compressed size
        header.extend_from_slice(&size.to_le_bytes()); // uncompressed size
        header.extend_from_slice(&name_len.to_le_bytes());
        header.extend_from_slice(&0u16.to_le_bytes()); // no extra field
        header.extend_from_slice(name.as_bytes());
        self.emit(&header)?;
        Ok(offset)
    }

    /// Writes one whole entry whose bytes are in hand.
    pub(crate) fn add(&mut self, name: &str, bytes: &[u8]) -> io::Result<()> {
        if self.open.is_some() {
            return Err(io::Error::other("an entry is still open"));
        }
        let size = to_u32(bytes.len() as u64)?;
        let crc = crc32fast::hash(bytes);
        let flags = name_flags(name);
        let offset = self.local_header(name, flags, crc, size)?;
        self.emit(bytes)?;
        self.central.push(CentralEntry { name: name.to_owned(), flags, crc, size, offset });
        Ok(())
    }

    /// Starts a streamed entry; feed it with [`Self::write`] and close it with [`Self::end`].
    pub(crate) fn begin(&mut self, name: &str) -> io::Result<()> {
        if self.open.is_some() {
            return Err(io::Error::other("an entry is still open"));
        }
        let offset = self.local_header(name, FLAG_DATA_DESCRIPTOR | name_flags(name), 0, 0)?;
        self.open = Some(OpenEntry {
            name: name.to_owned(),
            offset,
            crc: crc32fast::Hasher::new(),
            written: 0,
        });
        Ok(())
    }

    pub(crate) fn write(&mut self, chunk: &[u8]) -> io::Result<()> {
        let Some(open) = self.open.as_mut() else {
            return Err(io::Error::other("no entry is open"));
        };
        open.crc.update(chunk);
        open.written += chunk.len() as u64;
        self.emit(chunk)
    }

    pub(crate) fn end(&mut self) -> io::Result<()> {
        let Some(open) = self.open.take() else {
            return Err(io::Error::other("no entry is open"));
        };
        let crc = open.crc.finalize();
        let size = to_u32(open.written)?;
        let mut descriptor = Vec::with_capacity(16);
        descriptor.extend_from_slice(&0x0807_4b50u32.to_le_bytes());
        descriptor.extend_from_slice(&crc.to_le_bytes());
        descriptor.extend_from_slice(&size.to_le_bytes());
        descriptor.extend_from_slice(&size.to_le_bytes());
        self.emit(&descriptor)?;
        self.central.push(CentralEntry {
            flags: FLAG_DATA_DESCRIPTOR | name_flags(&open.name),
            name: open.name,
            crc,
            size,
            offset: open.offset,
        });
        Ok(())
    }

    /// Writes the central directory and the end record; returns the destination.
    pub(crate) fn finish(mut self) -> io::Result<W> {
        if self.open.is_some() {
            return Err(io::Error::other("an entry is still open"));
        }
        let start = to_u32(self.offset)?;
        let central = std::mem::take(&mut self.central);
        for entry in &central {
            let name_len = u16::try_from(entry.name.len()).map_err(|_| too_large())?;
            let mut header = Vec::with_capacity(46 + entry.name.len());
            header.extend_from_slice(&0x0201_4b50u32.to_le_bytes());
            header.extend_from_slice(&VERSION_MADE_BY.to_le_bytes());
            header.extend_from_slice(&VERSION_NEEDED.to_le_bytes());
            header.extend_from_slice(&entry.flags.to_le_bytes());
            header.extend_from_slice(&0u16.to_le_bytes()); // stored
            header.extend_from_slice(&DOS_TIME.to_le_bytes());
            header.extend_from_slice(&DOS_DATE.to_le_bytes());
            header.extend_from_slice(&entry.crc.to_le_bytes());
            header.extend_from_slice(&entry.size.to_le_bytes());
            header.extend_from_slice(&entry.size.to_le_bytes());
            header.extend_from_slice(&name_len.to_le_bytes());
            header.extend_from_slice(&0u16.to_le_bytes()); // extra field length
            header.extend_from_slice(&0u16.to_le_bytes()); // comment length
            header.extend_from_slice(&0u16.to_le_bytes()); // disk number
            header.extend_from_slice(&0u16.to_le_bytes()); // internal attributes
            header.extend_from_slice(&EXTERNAL_ATTRIBUTES.to_le_bytes());
            header.extend_from_slice(&entry.offset.to_le_bytes());
            header.extend_from_slice(entry.name.as_bytes());
            self.emit(&header)?;
        }
        let size = to_u32(self.offset - u64::from(start))?;
        let count = u16::try_from(central.len()).map_err(|_| too_large())?;
        let mut end = Vec::with_capacity(22);
        end.extend_from_slice(&0x0605_4b50u32.to_le_bytes());
        end.extend_from_slice(&0u16.to_le_bytes()); // this disk
        end.extend_from_slice(&0u16.to_le_bytes()); // disk with the central directory
        end.extend_from_slice(&count.to_le_bytes());
        end.extend_from_slice(&count.to_le_bytes());
        end.extend_from_slice(&size.to_le_bytes());
        end.extend_from_slice(&start.to_le_bytes());
        end.extend_from_slice(&0u16.to_le_bytes()); // comment length
        self.emit(&end)?;
        self.out.flush()?;
        Ok(self.out)
    }
}

/// A file whose size and SHA-256 are known before its bytes are streamed.
pub(crate) trait AnnouncedFile {
    /// The entry name inside the archive.
    fn entry_name(&self) -> String;
    fn size(&self) -> u64;
    /// Lower-case hex SHA-256 of the bytes.
    fn sha256(&self) -> &str;
}

/// Why streaming an announced file failed.
#[derive(Debug)]
pub(crate) enum StreamError {
    /// The bytes streamed for the file at `index` do not have its announced size or SHA-256.
    Mismatch {
        index: usize,
    },
    /// The writer was driven out of order (a programming error in the shell).
    OutOfOrder(&'static str),
    Io(io::Error),
}

impl From<io::Error> for StreamError {
    fn from(error: io::Error) -> Self {
        StreamError::Io(error)
    }
}

/// Streams announced files into a [`ZipStream`] in their order, one chunk at a time, and checks
/// each file's size and SHA-256 as it ends: the one way bundles, backups and the hand-over ZIP
/// write evidence without holding a whole file.
pub(crate) struct CheckedFiles<F> {
    files: Vec<F>,
    next: usize,
    current: Option<(Sha256, u64)>,
}

impl<F: AnnouncedFile> CheckedFiles<F> {
    pub(crate) fn new(files: Vec<F>) -> Self {
        Self { files, next: 0, current: None }
    }

    /// Every file, in the order they must be streamed.
    pub(crate) fn files(&self) -> &[F] {
        &self.files
    }

    /// The file expected next, or `None` when all are written.
    pub(crate) fn next_file(&self) -> Option<&F> {
        self.files.get(self.next)
    }

    pub(crate) fn all_written(&self) -> bool {
        self.current.is_none() && self.next >= self.files.len()
    }

    /// Appends bytes of [`Self::next_file`]; more bytes than announced is a mismatch at once.
    pub(crate) fn write_chunk<W: Write>(
        &mut self,
        zip: &mut ZipStream<W>,
        chunk: &[u8],
    ) -> Result<(), StreamError> {
        let file =
            self.files.get(self.next).ok_or(StreamError::OutOfOrder("every file is written"))?;
        if self.current.is_none() {
            zip.begin(&file.entry_name())?;
            self.current = Some((Sha256::new(), 0));
        }
        let size = file.size();
        let Some((hasher, written)) = self.current.as_mut() else {
            return Err(StreamError::OutOfOrder("no file is open"));
        };
        *written += chunk.len() as u64;
        if *written > size {
            return Err(StreamError::Mismatch { index: self.next });
        }
        hasher.update(chunk);
        zip.write(chunk)?;
        Ok(())
    }

    /// Closes the current file after checking its size and SHA-256.
    pub(crate) fn finish_file<W: Write>(
        &mut self,
        zip: &mut ZipStream<W>,
    ) -> Result<(), StreamError> {
        if self.current.is_none() {
            // An empty file gets no chunk.
            self.write_chunk(zip, &[])?;
        }
        let file =
            self.files.get(self.next).ok_or(StreamError::OutOfOrder("every file is written"))?;
        let Some((hasher, written)) = self.current.take() else {
            return Err(StreamError::OutOfOrder("no file is open"));
        };
        if written != file.size() || hex_encode(&hasher.finalize()) != file.sha256() {
            return Err(StreamError::Mismatch { index: self.next });
        }
        zip.end()?;
        self.next += 1;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use std::io::{Cursor, Read};

    use super::*;

    #[test]
    fn the_zip_crate_reads_what_we_write_and_the_length_is_predicted() {
        let mut zip = ZipStream::new(Vec::new());
        zip.add("a.txt", b"hello").expect("test data");
        zip.begin("files/b").expect("test data");
        zip.write(b"wor").expect("test data");
        zip.write(b"ld").expect("test data");
        zip.end().expect("test data");
        zip.add("empty", b"").expect("test data");
        let bytes = zip.finish().expect("test data");
        let predicted = archive_len([(5, 5, false), (7, 5, true), (5, 0, false)].into_iter());
        assert_eq!(bytes.len() as u64, predicted);
        let mut archive = zip::ZipArchive::new(Cursor::new(&bytes[..])).expect("test data");
        archive.validate_header_consistency().expect("test data");
        let mut text = String::new();
        archive
            .by_name("files/b")
            .expect("test data")
            .read_to_string(&mut text)
            .expect("test data");
        assert_eq!(text, "world");
        text.clear();
        archive.by_name("a.txt").expect("test data").read_to_string(&mut text).expect("test data");
        assert_eq!(text, "hello");
    }

    #[test]
    fn misuse_is_an_error_not_a_broken_archive() {
        let mut zip = ZipStream::new(Vec::new());
        assert!(zip.write(b"x").is_err());
        assert!(zip.end().is_err());
        zip.begin("a").expect("test data");
        assert!(zip.add("b", b"").is_err());
        assert!(zip.finish().is_err());
    }
}
