//! The formats that keep the tables as tables: CSV (a zip, or a folder), JSON and XLSX.
//! Each writes rows as they come, holding no more than a buffer.

use std::{
    fs::File,
    io::{BufWriter, Write},
    path::{Path, PathBuf},
};

use anyhow::Context;
use rust_xlsxwriter::{Color, Format as CellFormat, FormatBorder, Workbook};
use zip::{CompressionMethod, ZipWriter, write::SimpleFileOptions};

use super::{
    sink::{Record, Sink},
    source::SurveySheet,
    tables::{self, Cell, Table},
};

/// A UTF-8 byte order mark, so spreadsheet programs read the CSV files as UTF-8.
const BOM: &[u8] = b"\xEF\xBB\xBF";

/// A cell as CSV text. Text that a spreadsheet would run as a formula (starting with `=`,
/// `+`, `-`, `@`, a tab or a carriage return) gets a leading apostrophe.
fn csv_text(cell: &Cell) -> String {
    match cell {
        Cell::Empty => String::new(),
        Cell::Text(text) => {
            if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
                format!("'{text}")
            } else {
                text.clone()
            }
        }
        Cell::Integer(n) => n.to_string(),
        Cell::Share(share) => tables::round_share(*share).to_string(),
        Cell::Boolean(b) => b.to_string(),
        Cell::Date(_) | Cell::Time(_) => cell.to_json().as_str().unwrap_or_default().to_owned(),
    }
}

/// RFC 4180 records (CRLF line ends, quotes where needed) into a buffer that is drained
/// after each row.
struct CsvEncoder {
    writer: csv::Writer<Vec<u8>>,
}

impl CsvEncoder {
    fn new() -> Self {
        Self {
            writer: csv::WriterBuilder::new()
                .terminator(csv::Terminator::CRLF)
                .from_writer(Vec::new()),
        }
    }

    fn header(&mut self, table: &Table) -> anyhow::Result<Vec<u8>> {
        self.writer
            .write_record(table.columns.iter().map(|c| c.name))?;
        self.drain()
    }

    fn names(&mut self, names: &[String]) -> anyhow::Result<Vec<u8>> {
        self.writer.write_record(names)?;
        self.drain()
    }

    /// A survey's sheet as one CSV file's bytes.
    fn sheet(&mut self, sheet: &SurveySheet) -> anyhow::Result<Vec<u8>> {
        let mut bytes = BOM.to_vec();
        bytes.extend(self.names(&sheet.columns)?);
        for row in &sheet.rows {
            bytes.extend(self.row(row)?);
        }
        Ok(bytes)
    }

    fn row(&mut self, cells: &[Cell]) -> anyhow::Result<Vec<u8>> {
        self.writer.write_record(cells.iter().map(csv_text))?;
        self.drain()
    }

    fn drain(&mut self) -> anyhow::Result<Vec<u8>> {
        self.writer.flush()?;
        let full = std::mem::replace(self, Self::new());
        Ok(full.writer.into_inner().map_err(|e| e.into_error())?)
    }
}

/// One CSV file per table in a zip.
pub struct CsvZip {
    zip: ZipWriter<BufWriter<File>>,
    encoder: CsvEncoder,
}

impl CsvZip {
    pub fn new(file: File) -> Self {
        Self {
            zip: ZipWriter::new(BufWriter::new(file)),
            encoder: CsvEncoder::new(),
        }
    }
}

impl Sink for CsvZip {
    fn begin(&mut self, table: &'static Table) -> anyhow::Result<()> {
        let options = SimpleFileOptions::default()
            .compression_method(CompressionMethod::Deflated)
            .unix_permissions(0o644);
        self.zip
            .start_file(format!("{}.csv", table.name), options)?;
        self.zip.write_all(BOM)?;
        self.zip.write_all(&self.encoder.header(table)?)?;
        Ok(())
    }

    fn row(&mut self, cells: &[Cell], _: Record<'_>) -> anyhow::Result<()> {
        self.zip.write_all(&self.encoder.row(cells)?)?;
        Ok(())
    }

    fn end(&mut self) -> anyhow::Result<()> {
        Ok(())
    }

    fn survey(&mut self, sheet: &SurveySheet) -> anyhow::Result<()> {
        let options = SimpleFileOptions::default()
            .compression_method(CompressionMethod::Deflated)
            .unix_permissions(0o644);
        self.zip
            .start_file(format!("{}.csv", sheet.name), options)?;
        let bytes = self.encoder.sheet(sheet)?;
        self.zip.write_all(&bytes)?;
        Ok(())
    }

    fn finish(self: Box<Self>) -> anyhow::Result<()> {
        self.zip.finish()?.flush()?;
        Ok(())
    }
}

/// One CSV file per table in a folder (from the command line).
pub struct CsvFolder {
    folder: PathBuf,
    file: Option<BufWriter<File>>,
    encoder: CsvEncoder,
}

impl CsvFolder {
    pub fn new(folder: &Path) -> anyhow::Result<Self> {
        std::fs::create_dir_all(folder)
            .with_context(|| format!("cannot create the folder {}", folder.display()))?;
        Ok(Self {
            folder: folder.to_owned(),
            file: None,
            encoder: CsvEncoder::new(),
        })
    }

    fn file(&mut self) -> anyhow::Result<&mut BufWriter<File>> {
        self.file.as_mut().context("a row outside a table")
    }
}

impl Sink for CsvFolder {
    fn begin(&mut self, table: &'static Table) -> anyhow::Result<()> {
        let path = self.folder.join(format!("{}.csv", table.name));
        let mut file = BufWriter::new(
            File::create(&path).with_context(|| format!("cannot write {}", path.display()))?,
        );
        file.write_all(BOM)?;
        file.write_all(&self.encoder.header(table)?)?;
        self.file = Some(file);
        Ok(())
    }

    fn row(&mut self, cells: &[Cell], _: Record<'_>) -> anyhow::Result<()> {
        let bytes = self.encoder.row(cells)?;
        self.file()?.write_all(&bytes)?;
        Ok(())
    }

    fn end(&mut self) -> anyhow::Result<()> {
        if let Some(mut file) = self.file.take() {
            file.flush()?;
        }
        Ok(())
    }

    fn survey(&mut self, sheet: &SurveySheet) -> anyhow::Result<()> {
        let path = self.folder.join(format!("{}.csv", sheet.name));
        let bytes = self.encoder.sheet(sheet)?;
        std::fs::write(&path, bytes).with_context(|| format!("cannot write {}", path.display()))
    }

    fn finish(self: Box<Self>) -> anyhow::Result<()> {
        Ok(())
    }
}

/// One JSON document: `{"format": "tavolo-export", "version": 1, "consultation": {…},
/// "rounds": […], …}`, following `schema::json_schema()`.
pub struct JsonDocument<W: Write> {
    out: W,
    table: Option<&'static Table>,
    rows: u64,
    surveys: usize,
}

impl<W: Write> JsonDocument<W> {
    pub fn new(out: W) -> Self {
        Self {
            out,
            table: None,
            rows: 0,
            surveys: 0,
        }
    }
}

impl<W: Write + Send> Sink for JsonDocument<W> {
    fn head(&mut self, _: &super::source::Head) -> anyhow::Result<()> {
        write!(
            self.out,
            "{{\"format\":\"tavolo-export\",\"version\":{}",
            tables::VERSION
        )?;
        Ok(())
    }

    fn begin(&mut self, table: &'static Table) -> anyhow::Result<()> {
        write!(self.out, ",\"{}\":", table.name)?;
        if table.name != tables::CONSULTATION.name {
            self.out.write_all(b"[")?;
        }
        self.table = Some(table);
        self.rows = 0;
        Ok(())
    }

    fn row(&mut self, cells: &[Cell], _: Record<'_>) -> anyhow::Result<()> {
        let table = self.table.context("a row outside a table")?;
        if self.rows > 0 {
            self.out.write_all(b",")?;
        }
        // Members in the table's column order, as in the CSV files.
        self.out.write_all(b"\n{")?;
        for (index, (column, cell)) in table.columns.iter().zip(cells).enumerate() {
            if index > 0 {
                self.out.write_all(b",")?;
            }
            write!(self.out, "\"{}\":", column.name)?;
            serde_json::to_writer(&mut self.out, &cell.to_json())?;
        }
        self.out.write_all(b"}")?;
        self.rows += 1;
        Ok(())
    }

    fn end(&mut self) -> anyhow::Result<()> {
        if self
            .table
            .take()
            .is_some_and(|t| t.name != tables::CONSULTATION.name)
        {
            self.out.write_all(b"]")?;
        }
        Ok(())
    }

    /// `"surveys": [{…structure, "responses": [{column: value}]}]`.
    fn survey(&mut self, sheet: &SurveySheet) -> anyhow::Result<()> {
        self.out.write_all(if self.surveys == 0 {
            b",\"surveys\":[\n"
        } else {
            b",\n"
        })?;
        let responses: Vec<serde_json::Value> = sheet
            .rows
            .iter()
            .map(|row| {
                sheet
                    .columns
                    .iter()
                    .zip(row)
                    .map(|(column, cell)| (column.clone(), cell.to_json()))
                    .collect::<serde_json::Map<_, _>>()
                    .into()
            })
            .collect();
        let mut survey = sheet.structure.clone();
        if let Some(object) = survey.as_object_mut() {
            object.insert("responses".to_owned(), responses.into());
        }
        serde_json::to_writer(&mut self.out, &survey)?;
        self.surveys += 1;
        Ok(())
    }

    fn finish(mut self: Box<Self>) -> anyhow::Result<()> {
        self.out.write_all(if self.surveys == 0 {
            b",\"surveys\":[]"
        } else {
            b"]"
        })?;
        self.out.write_all(b"}\n")?;
        self.out.flush()?;
        Ok(())
    }
}

/// Excel's limit on the characters in one cell.
const MAX_CELL: usize = 32_767;

/// A workbook with one sheet per table: a bold, shaded, frozen header row with a filter,
/// widths set per column, dates and times as dates (UTC), shares as percentages. Each
/// sheet is written row by row to a temporary file ("constant memory").
pub struct Xlsx {
    out: File,
    workbook: Workbook,
    sheet: usize,
    row: u32,
    columns: u16,
    header: CellFormat,
    time: CellFormat,
    date: CellFormat,
    share: CellFormat,
    text: CellFormat,
    /// Survey sheets written so far (they follow the tables').
    surveys: usize,
}

impl Xlsx {
    pub fn new(out: File) -> Self {
        Self {
            out,
            workbook: Workbook::new(),
            sheet: 0,
            row: 0,
            columns: 0,
            header: CellFormat::new()
                .set_bold()
                .set_background_color(Color::RGB(0xDCE6F1))
                .set_border_bottom(FormatBorder::Thin),
            time: CellFormat::new().set_num_format("yyyy-mm-dd hh:mm"),
            date: CellFormat::new().set_num_format("yyyy-mm-dd"),
            share: CellFormat::new().set_num_format("0.0%"),
            text: CellFormat::new().set_text_wrap(),
            surveys: 0,
        }
    }
}

impl Sink for Xlsx {
    fn begin(&mut self, table: &'static Table) -> anyhow::Result<()> {
        self.sheet = tables::TABLES
            .iter()
            .position(|t| t.name == table.name)
            .context("an unknown table")?;
        let sheet = self.workbook.add_worksheet_with_constant_memory()?;
        sheet.set_name(table.name)?;
        for (index, column) in table.columns.iter().enumerate() {
            let index = u16::try_from(index)?;
            sheet.set_column_width(index, column.width)?;
            sheet.write_string_with_format(0, index, column.name, &self.header)?;
        }
        sheet.set_freeze_panes(1, 0)?;
        self.row = 0;
        self.columns = u16::try_from(table.columns.len())?;
        Ok(())
    }

    fn row(&mut self, cells: &[Cell], _: Record<'_>) -> anyhow::Result<()> {
        self.write_row(cells)
    }

    fn end(&mut self) -> anyhow::Result<()> {
        let (row, columns) = (self.row, self.columns);
        let sheet = self.workbook.worksheet_from_index(self.sheet)?;
        sheet.autofilter(0, 0, row.max(1), columns.saturating_sub(1))?;
        Ok(())
    }

    fn survey(&mut self, survey: &SurveySheet) -> anyhow::Result<()> {
        self.sheet = tables::TABLES.len() + self.surveys;
        self.surveys += 1;
        let sheet = self.workbook.add_worksheet_with_constant_memory()?;
        sheet.set_name(&survey.name)?;
        for (index, column) in survey.columns.iter().enumerate() {
            let index = u16::try_from(index)?;
            sheet.set_column_width(index, 24)?;
            sheet.write_string_with_format(0, index, column, &self.header)?;
        }
        sheet.set_freeze_panes(1, 0)?;
        self.row = 0;
        self.columns = u16::try_from(survey.columns.len())?;
        for row in &survey.rows {
            self.write_row(row)?;
        }
        self.end()
    }

    fn finish(mut self: Box<Self>) -> anyhow::Result<()> {
        let mut out = BufWriter::new(self.out.try_clone()?);
        self.workbook.save_to_writer(&mut out)?;
        out.flush()?;
        Ok(())
    }
}

impl Xlsx {
    fn write_row(&mut self, cells: &[Cell]) -> anyhow::Result<()> {
        self.row += 1;
        let row = self.row;
        let sheet = self.workbook.worksheet_from_index(self.sheet)?;
        for (index, cell) in cells.iter().enumerate() {
            let col = u16::try_from(index)?;
            match cell {
                Cell::Empty => {}
                Cell::Text(text) if text.chars().count() > MAX_CELL => {
                    let cut: String = text.chars().take(MAX_CELL).collect();
                    sheet.write_string_with_format(row, col, cut, &self.text)?;
                }
                Cell::Text(text) if text.contains('\n') => {
                    sheet.write_string_with_format(row, col, text, &self.text)?;
                }
                Cell::Text(text) => {
                    sheet.write_string(row, col, text)?;
                }
                Cell::Integer(n) => {
                    sheet.write_number(row, col, *n as f64)?;
                }
                Cell::Share(share) => {
                    sheet.write_number_with_format(row, col, *share, &self.share)?;
                }
                Cell::Boolean(b) => {
                    sheet.write_boolean(row, col, *b)?;
                }
                Cell::Date(day) => {
                    sheet.write_date_with_format(row, col, day, &self.date)?;
                }
                Cell::Time(at) => {
                    sheet.write_datetime_with_format(row, col, at.naive_utc(), &self.time)?;
                }
            }
        }
        Ok(())
    }
}
