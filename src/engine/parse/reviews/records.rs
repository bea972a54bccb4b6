//! Delimited records (CSV, tab- or semicolon-separated) read with `csv-core`: a quoted
//! field may hold delimiters, doubled quotes and line breaks, so one record may span lines.

use csv_core::{ReadRecordResult, Reader, ReaderBuilder};

use crate::engine::parse::is_blank;

/// A reader of records that knows the input lines each record spans.
pub(super) struct Records<'t> {
    rdr: Reader,
    text: &'t str,
    rest: &'t str,
    /// Unread bytes of the current line.
    line: &'t [u8],
    /// The 1-based number of the current line.
    no: usize,
    /// Bytes of the input consumed so far.
    pos: usize,
    out: Vec<u8>,
    ends: Vec<usize>,
    nout: usize,
    nend: usize,
    start: Option<usize>,
    /// The byte where the current record's first line starts.
    start_pos: usize,
    lines: usize,
    /// Whether the last call returned a record, whose buffers are cleared on the next call.
    emitted: bool,
    flushed: bool,
}

/// One record: its fields and the lines it spans.
pub(super) struct Record<'r, 't> {
    /// The 1-based line where it starts.
    pub start: usize,
    /// The 1-based line where it ends.
    pub end: usize,
    /// How many of its lines are not blank.
    pub lines: usize,
    /// The text of the lines it spans, as written.
    pub raw: &'t str,
    out: &'r [u8],
    ends: &'r [usize],
}

impl Record<'_, '_> {
    /// The number of fields.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// Field `i`, trimmed; `None` past the last field, empty when it is not UTF-8.
    pub fn field(&self, i: usize) -> Option<&str> {
        let end = *self.ends.get(i)?;
        let start = if i == 0 { 0 } else { *self.ends.get(i - 1)? };
        self.out
            .get(start..end)
            .map(|b| std::str::from_utf8(b).unwrap_or("").trim())
    }

    /// Whether the record holds only whitespace.
    pub fn is_empty(&self) -> bool {
        self.len() == 1 && self.field(0).is_some_and(str::is_empty)
    }
}

impl<'t> Records<'t> {
    /// Reads `text`, whose first line is line `first_line`, split by `delim`.
    pub fn new(text: &'t str, delim: u8, first_line: usize) -> Self {
        Self {
            rdr: ReaderBuilder::new().delimiter(delim).build(),
            text,
            rest: text,
            line: &[],
            no: first_line.saturating_sub(1),
            pos: 0,
            out: vec![0; 1024],
            ends: vec![0; 16],
            nout: 0,
            nend: 0,
            start: None,
            start_pos: 0,
            lines: 0,
            emitted: false,
            flushed: false,
        }
    }

    /// Bytes of the input read so far.
    pub fn pos(&self) -> usize {
        self.pos
    }

    /// The next record, or `None` at the end of the input. Blank lines between records are
    /// passed over; a last record without a line break or with an unclosed quote is
    /// returned too.
    pub fn next(&mut self) -> Option<Record<'_, 't>> {
        if std::mem::take(&mut self.emitted) {
            (self.nout, self.nend, self.lines) = (0, 0, 0);
        }
        loop {
            if self.line.is_empty() && !self.next_line() {
                return self.flush();
            }
            let (res, nin, o, e) = self.rdr.read_record(
                self.line,
                self.out.get_mut(self.nout..).unwrap_or(&mut []),
                self.ends.get_mut(self.nend..).unwrap_or(&mut []),
            );
            self.line = self.line.get(nin..).unwrap_or(&[]);
            self.nout += o;
            self.nend += e;
            match res {
                ReadRecordResult::InputEmpty | ReadRecordResult::End => self.line = &[],
                ReadRecordResult::OutputFull => self.out.resize(self.out.len() * 2, 0),
                ReadRecordResult::OutputEndsFull => self.ends.resize(self.ends.len() * 2, 0),
                ReadRecordResult::Record => {
                    let start = self.start.take().unwrap_or(self.no);
                    return Some(self.emit(start, self.no));
                }
            }
        }
    }

    /// Takes the next line that belongs to a record; `false` at the end of the input.
    fn next_line(&mut self) -> bool {
        while !self.rest.is_empty() {
            let (line, next) = match self.rest.find('\n') {
                Some(i) => (
                    self.rest.get(..=i).unwrap_or(self.rest),
                    self.rest.get(i + 1..).unwrap_or(""),
                ),
                None => (self.rest, ""),
            };
            self.rest = next;
            self.no += 1;
            self.pos += line.len();
            let blank = is_blank(line);
            if self.start.is_none() {
                if blank {
                    continue;
                }
                self.start = Some(self.no);
                self.start_pos = self.pos - line.len();
            }
            self.lines += usize::from(!blank);
            self.line = line.as_bytes();
            return true;
        }
        false
    }

    /// Flushes a last record that has no line terminator or an unclosed quote.
    fn flush(&mut self) -> Option<Record<'_, 't>> {
        if self.flushed {
            return None;
        }
        loop {
            let (res, _, o, e) = self.rdr.read_record(
                &[],
                self.out.get_mut(self.nout..).unwrap_or(&mut []),
                self.ends.get_mut(self.nend..).unwrap_or(&mut []),
            );
            self.nout += o;
            self.nend += e;
            match res {
                ReadRecordResult::OutputFull => self.out.resize(self.out.len() * 2, 0),
                ReadRecordResult::OutputEndsFull => self.ends.resize(self.ends.len() * 2, 0),
                ReadRecordResult::Record => {
                    if let Some(start) = self.start.take() {
                        self.flushed = true;
                        return Some(self.emit(start, self.no));
                    }
                    (self.nout, self.nend) = (0, 0);
                }
                ReadRecordResult::InputEmpty | ReadRecordResult::End => {
                    self.flushed = true;
                    return None;
                }
            }
        }
    }

    fn emit(&mut self, start: usize, end: usize) -> Record<'_, 't> {
        self.emitted = true;
        Record {
            start,
            end,
            lines: self.lines,
            raw: self.text.get(self.start_pos..self.pos).unwrap_or(""),
            out: self.out.get(..self.nout).unwrap_or(&[]),
            ends: self.ends.get(..self.nend).unwrap_or(&[]),
        }
    }
}
