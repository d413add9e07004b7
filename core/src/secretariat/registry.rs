//! The secretariat's agency registry: units with a stable id, kind, active flag and parent.
//!
//! [`Registry`] is a versioned DTO (`schema_version` 1) stored by the web and sent to agencies in
//! the config bundle. Changes are pure functions that validate first and change nothing when any
//! issue is found ([`Registry::add`], [`Registry::edit`], [`Registry::set_active`]).
//! [`Registry::preview_csv`] reads an agency list from a spreadsheet and says what it would add,
//! update or skip (every bad row with its line number and reason) without applying it;
//! [`Registry::apply`] applies a preview. Name lookups go through a hash index: 300+ units and
//! CSV files of that size are linear work.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::base::csv_table::{TableError, cell, read_table};
use crate::model::org::{AgencyId, AgencyKind};
use crate::secretariat::SecretariatError;

/// The registry schema version this build writes and the newest it reads.
pub const REGISTRY_SCHEMA_VERSION: u32 = 1;

/// One unit of the region in the registry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegistryAgency {
    pub id: AgencyId,
    /// Unique within the region (compared without case and extra spaces).
    pub name: String,
    pub kind: AgencyKind,
    /// Deactivated units stay (old innovations refer to them) but leave the compliance count.
    pub active: bool,
    /// The unit it belongs to, e.g. the kecamatan of a desa.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<AgencyId>,
    /// Demo data ("Muat data contoh"); "Hapus data contoh" removes exactly these.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub demo: bool,
}

/// The registry of one region.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Registry {
    pub schema_version: u32,
    /// In the order they were added.
    pub agencies: Vec<RegistryAgency>,
}

impl Default for Registry {
    fn default() -> Self {
        Self { schema_version: REGISTRY_SCHEMA_VERSION, agencies: Vec::new() }
    }
}

/// What the user typed in the add/edit form: the kind as text (code, label or alias).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct AgencyDraft {
    pub name: String,
    pub kind: String,
    pub parent: Option<AgencyId>,
}

/// Stable code of a registry finding; its text lives in [`crate::messages`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RegistryIssueCode {
    /// The name is empty.
    EmptyName,
    /// Another unit of the region has this name (`value` = the name).
    DuplicateName,
    /// The kind is not one of the known kinds (`value` = what was typed).
    UnknownKind,
    /// The parent is not in the registry (`value` = the id or name given).
    UnknownParent,
    /// The parent would make a loop (a unit under itself).
    ParentCycle,
    /// No unit with this id (`value` = the id).
    UnknownAgency,
    /// CSV: a required column is missing (`value` = the column's name).
    MissingColumn,
    /// CSV: the aktif column holds something other than ya/tidak (`value`).
    BadActiveValue,
    /// CSV: the file is empty or its structure is broken.
    UnreadableFile,
}

impl RegistryIssueCode {
    pub const ALL: [RegistryIssueCode; 9] = [
        RegistryIssueCode::EmptyName,
        RegistryIssueCode::DuplicateName,
        RegistryIssueCode::UnknownKind,
        RegistryIssueCode::UnknownParent,
        RegistryIssueCode::ParentCycle,
        RegistryIssueCode::UnknownAgency,
        RegistryIssueCode::MissingColumn,
        RegistryIssueCode::BadActiveValue,
        RegistryIssueCode::UnreadableFile,
    ];

    pub fn code(self) -> &'static str {
        match self {
            RegistryIssueCode::EmptyName => "empty_name",
            RegistryIssueCode::DuplicateName => "duplicate_name",
            RegistryIssueCode::UnknownKind => "unknown_kind",
            RegistryIssueCode::UnknownParent => "unknown_parent",
            RegistryIssueCode::ParentCycle => "parent_cycle",
            RegistryIssueCode::UnknownAgency => "unknown_agency",
            RegistryIssueCode::MissingColumn => "missing_column",
            RegistryIssueCode::BadActiveValue => "bad_active_value",
            RegistryIssueCode::UnreadableFile => "unreadable_file",
        }
    }
}

/// One finding about a unit or a CSV row.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RegistryIssue {
    #[serde(serialize_with = "serialize_code")]
    pub code: RegistryIssueCode,
    /// The field: `name`, `kind`, `parent`, `active`, `id` (or `file`).
    pub path: &'static str,
    /// Line in the CSV file (header = 1), for imports.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub row: Option<u32>,
    /// The offending value, quoted by the message.
    pub value: String,
}

fn serialize_code<S: serde::Serializer>(
    code: &RegistryIssueCode,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(code.code())
}

impl RegistryIssue {
    fn new(code: RegistryIssueCode, path: &'static str, value: impl Into<String>) -> Self {
        Self { code, path, row: None, value: value.into() }
    }

    fn at(mut self, row: u32) -> Self {
        self.row = Some(row);
        self
    }
}

/// The comparison key of a name: lower case, single spaces.
pub fn name_key(name: &str) -> String {
    name.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

/// A name as stored: trimmed, inner runs of spaces collapsed.
fn clean_name(name: &str) -> String {
    name.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A unit the CSV would update: the row, and the unit before and after.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AgencyUpdate {
    pub row: u32,
    pub before: RegistryAgency,
    pub after: RegistryAgency,
}

/// A row that changes nothing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct UnchangedRow {
    pub row: u32,
    pub name: String,
}

/// What importing an agency CSV would do. Nothing is applied until [`Registry::apply`].
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct AgencyCsvPreview {
    /// Data rows read (blank rows excluded).
    pub rows: u32,
    pub added: Vec<RegistryAgency>,
    pub updated: Vec<AgencyUpdate>,
    pub unchanged: Vec<UnchangedRow>,
    /// Every bad row (skipped) with its line number and reason; file-level problems have no row.
    pub issues: Vec<RegistryIssue>,
}

impl AgencyCsvPreview {
    /// Rows skipped: unchanged ones and bad ones.
    pub fn skipped(&self) -> usize {
        let bad_rows: std::collections::BTreeSet<u32> =
            self.issues.iter().filter_map(|issue| issue.row).collect();
        self.unchanged.len() + bad_rows.len()
    }
}

/// Column names accepted in an agency CSV (Indonesian first, English aliases).
pub const NAME_COLUMNS: [&str; 6] =
    ["nama", "nama instansi", "nama unit", "nama perangkat daerah", "instansi", "name"];
pub const KIND_COLUMNS: [&str; 6] =
    ["jenis", "jenis instansi", "jenis unit", "kind", "type", "tipe"];
pub const PARENT_COLUMNS: [&str; 5] =
    ["induk", "instansi induk", "kecamatan", "parent", "parent name"];
pub const ACTIVE_COLUMNS: [&str; 3] = ["aktif", "status aktif", "active"];
pub const ID_COLUMNS: [&str; 2] = ["id", "id instansi"];

fn parse_active(text: &str) -> Option<bool> {
    match text.trim().to_lowercase().as_str() {
        "" | "ya" | "y" | "yes" | "true" | "1" | "aktif" | "active" => Some(true),
        "tidak" | "t" | "no" | "n" | "false" | "0" | "nonaktif" | "tidak aktif" | "inactive" => {
            Some(false)
        }
        _ => None,
    }
}

impl Registry {
    /// Reads a stored or received registry, refusing newer schema versions.
    pub fn from_json(bytes: &[u8]) -> Result<Self, SecretariatError> {
        let registry: Registry = serde_json::from_slice(bytes)
            .map_err(|e| SecretariatError::Json { what: "registry", detail: e.to_string() })?;
        if registry.schema_version != REGISTRY_SCHEMA_VERSION {
            return Err(SecretariatError::UnsupportedVersion {
                what: "registry",
                found: registry.schema_version,
                supported: REGISTRY_SCHEMA_VERSION,
            });
        }
        Ok(registry)
    }

    /// Pretty, stable JSON.
    pub fn to_json(&self) -> Vec<u8> {
        serde_json::to_vec_pretty(self).unwrap_or_default()
    }

    pub fn get(&self, id: AgencyId) -> Option<&RegistryAgency> {
        self.agencies.iter().find(|agency| agency.id == id)
    }

    /// The unit with this name (case and spaces ignored).
    pub fn find_by_name(&self, name: &str) -> Option<&RegistryAgency> {
        let key = name_key(name);
        self.agencies.iter().find(|agency| name_key(&agency.name) == key)
    }

    /// Active units, in registry order.
    pub fn active(&self) -> impl Iterator<Item = &RegistryAgency> {
        self.agencies.iter().filter(|agency| agency.active)
    }

    /// Name key → index, built once per operation.
    pub fn name_index(&self) -> HashMap<String, usize> {
        self.agencies.iter().enumerate().map(|(index, a)| (name_key(&a.name), index)).collect()
    }

    fn id_index(&self) -> HashMap<AgencyId, usize> {
        self.agencies.iter().enumerate().map(|(index, a)| (a.id, index)).collect()
    }

    /// Whether making `parent` the parent of `child` would create a loop.
    fn makes_cycle(
        &self,
        ids: &HashMap<AgencyId, usize>,
        child: AgencyId,
        parent: AgencyId,
    ) -> bool {
        let mut current = Some(parent);
        for _ in 0..=self.agencies.len() {
            match current {
                None => return false,
                Some(id) if id == child => return true,
                Some(id) => current = ids.get(&id).and_then(|&index| self.agencies[index].parent),
            }
        }
        true
    }

    /// Checks a draft for `editing` (or a new unit when `None`); every issue is collected.
    pub fn check_draft(
        &self,
        draft: &AgencyDraft,
        editing: Option<AgencyId>,
    ) -> Result<(String, AgencyKind), Vec<RegistryIssue>> {
        let mut issues = Vec::new();
        let name = clean_name(&draft.name);
        if name.is_empty() {
            issues.push(RegistryIssue::new(RegistryIssueCode::EmptyName, "name", ""));
        } else if let Some(other) = self.find_by_name(&name)
            && Some(other.id) != editing
        {
            issues.push(RegistryIssue::new(RegistryIssueCode::DuplicateName, "name", name.clone()));
        }
        let kind = AgencyKind::parse_loose(&draft.kind);
        if kind.is_none() {
            issues.push(RegistryIssue::new(
                RegistryIssueCode::UnknownKind,
                "kind",
                draft.kind.trim(),
            ));
        }
        if let Some(parent) = draft.parent {
            let ids = self.id_index();
            if !ids.contains_key(&parent) {
                issues.push(RegistryIssue::new(
                    RegistryIssueCode::UnknownParent,
                    "parent",
                    parent.to_string(),
                ));
            } else if editing.is_some_and(|id| self.makes_cycle(&ids, id, parent)) {
                issues.push(RegistryIssue::new(
                    RegistryIssueCode::ParentCycle,
                    "parent",
                    parent.to_string(),
                ));
            }
        }
        match kind {
            Some(kind) if issues.is_empty() => Ok((name, kind)),
            _ => Err(issues),
        }
    }

    /// Adds a unit with the id the shell made (from random bytes); active from the start.
    pub fn add(
        &mut self,
        draft: &AgencyDraft,
        id: AgencyId,
    ) -> Result<AgencyId, Vec<RegistryIssue>> {
        let (name, kind) = self.check_draft(draft, None)?;
        if self.get(id).is_some() {
            return Err(vec![RegistryIssue::new(
                RegistryIssueCode::DuplicateName,
                "id",
                id.to_string(),
            )]);
        }
        self.agencies.push(RegistryAgency {
            id,
            name,
            kind,
            active: true,
            parent: draft.parent,
            demo: false,
        });
        Ok(id)
    }

    /// Changes name, kind and parent of a unit.
    pub fn edit(&mut self, id: AgencyId, draft: &AgencyDraft) -> Result<(), Vec<RegistryIssue>> {
        let Some(index) = self.agencies.iter().position(|agency| agency.id == id) else {
            return Err(vec![unknown_agency(id)]);
        };
        let (name, kind) = self.check_draft(draft, Some(id))?;
        let agency = &mut self.agencies[index];
        agency.name = name;
        agency.kind = kind;
        agency.parent = draft.parent;
        Ok(())
    }

    /// Deactivates (or reactivates) a unit. Units are never deleted: innovations refer to them.
    pub fn set_active(&mut self, id: AgencyId, active: bool) -> Result<(), Vec<RegistryIssue>> {
        match self.agencies.iter_mut().find(|agency| agency.id == id) {
            Some(agency) => {
                agency.active = active;
                Ok(())
            }
            None => Err(vec![unknown_agency(id)]),
        }
    }

    /// What importing this agency CSV would do. New units get ids derived from `id_seed`
    /// (random bytes from the shell, one seed per import). Columns: `nama`, `jenis` (required),
    /// `induk`, `aktif`, `id` (optional), with English aliases; see [`NAME_COLUMNS`] and friends.
    /// A row matches an existing unit by `id` when given, else by name.
    pub fn preview_csv(&self, bytes: &[u8], id_seed: &[u8]) -> AgencyCsvPreview {
        let mut preview = AgencyCsvPreview::default();
        let table = match read_table(bytes) {
            Ok(table) => table,
            Err(error) => {
                let issue = RegistryIssue::new(RegistryIssueCode::UnreadableFile, "file", "");
                preview.issues.push(match error {
                    TableError::Empty => issue,
                    TableError::Malformed { line } => issue.at(line),
                });
                return preview;
            }
        };
        let name_col = table.column(&NAME_COLUMNS);
        let kind_col = table.column(&KIND_COLUMNS);
        for (column, label) in [(name_col, "nama"), (kind_col, "jenis")] {
            if column.is_none() {
                preview.issues.push(RegistryIssue::new(
                    RegistryIssueCode::MissingColumn,
                    "file",
                    label,
                ));
            }
        }
        if !preview.issues.is_empty() {
            return preview;
        }
        let parent_col = table.column(&PARENT_COLUMNS);
        let active_col = table.column(&ACTIVE_COLUMNS);
        let id_col = table.column(&ID_COLUMNS);
        preview.rows = u32::try_from(table.rows.len()).unwrap_or(u32::MAX);

        let ids = self.id_index();
        // Names known after this import: existing units plus rows accepted so far.
        let mut names: HashMap<String, (AgencyId, u32)> =
            self.agencies.iter().map(|a| (name_key(&a.name), (a.id, 0))).collect();
        let mut claimed_existing: HashMap<AgencyId, u32> = HashMap::new();
        // Parents are names; they may refer to rows further down, so resolve them afterwards.
        let mut pending_parents: Vec<(u32, bool, usize, String)> = Vec::new();
        let mut next_index: u64 = 0;

        for (line, row) in &table.rows {
            let line = *line;
            let mut row_issues = Vec::new();
            let name = clean_name(cell(row, name_col));
            let kind_text = cell(row, kind_col);
            let kind = AgencyKind::parse_loose(kind_text);
            if name.is_empty() {
                row_issues
                    .push(RegistryIssue::new(RegistryIssueCode::EmptyName, "name", "").at(line));
            }
            if kind.is_none() {
                row_issues.push(
                    RegistryIssue::new(RegistryIssueCode::UnknownKind, "kind", kind_text).at(line),
                );
            }
            let active_text = cell(row, active_col);
            let active = parse_active(active_text);
            if active.is_none() {
                row_issues.push(
                    RegistryIssue::new(RegistryIssueCode::BadActiveValue, "active", active_text)
                        .at(line),
                );
            }
            let id_text = cell(row, id_col);
            let mut existing: Option<usize> = None;
            if !id_text.is_empty() {
                match AgencyId::parse(id_text).and_then(|id| ids.get(&id).copied()) {
                    Some(index) => existing = Some(index),
                    None => row_issues.push(
                        RegistryIssue::new(RegistryIssueCode::UnknownAgency, "id", id_text)
                            .at(line),
                    ),
                }
            }
            let key = name_key(&name);
            if !name.is_empty() {
                match names.get(&key) {
                    // A unit of the registry: this row updates it (unless matched to another by id).
                    Some(&(id, 0))
                        if existing.is_none_or(|index| self.agencies[index].id == id) =>
                    {
                        existing = ids.get(&id).copied();
                    }
                    Some(_) => row_issues.push(
                        RegistryIssue::new(RegistryIssueCode::DuplicateName, "name", name.clone())
                            .at(line),
                    ),
                    None => {}
                }
            }
            if let Some(index) = existing {
                let id = self.agencies[index].id;
                if claimed_existing.contains_key(&id) {
                    row_issues.push(
                        RegistryIssue::new(RegistryIssueCode::DuplicateName, "name", name.clone())
                            .at(line),
                    );
                }
            }
            let (Some(kind), Some(active), true) = (kind, active, row_issues.is_empty()) else {
                preview.issues.extend(row_issues);
                continue;
            };
            let parent_text = clean_name(cell(row, parent_col));
            match existing {
                Some(index) => {
                    let before = self.agencies[index].clone();
                    claimed_existing.insert(before.id, line);
                    names.insert(key, (before.id, line));
                    let after = RegistryAgency { name, kind, active, ..before.clone() };
                    pending_parents.push((line, true, preview.updated.len(), parent_text));
                    preview.updated.push(AgencyUpdate { row: line, before, after });
                }
                None => {
                    let id = loop {
                        let candidate = AgencyId::derive(id_seed, next_index);
                        next_index += 1;
                        if !ids.contains_key(&candidate) {
                            break candidate;
                        }
                    };
                    names.insert(key, (id, line));
                    pending_parents.push((line, false, preview.added.len(), parent_text));
                    preview.added.push(RegistryAgency {
                        id,
                        name,
                        kind,
                        active,
                        parent: None,
                        demo: false,
                    });
                }
            }
        }

        // Resolve parents by name; a bad parent drops the row.
        let mut dropped_added = Vec::new();
        let mut dropped_updated = Vec::new();
        for (line, is_update, index, parent_text) in pending_parents {
            let parent = if parent_text.is_empty() {
                Ok(None)
            } else {
                match names.get(&name_key(&parent_text)) {
                    Some(&(parent_id, _)) => {
                        let own_id = if is_update {
                            preview.updated[index].after.id
                        } else {
                            preview.added[index].id
                        };
                        if parent_id == own_id {
                            Err(RegistryIssueCode::ParentCycle)
                        } else {
                            Ok(Some(parent_id))
                        }
                    }
                    None => Err(RegistryIssueCode::UnknownParent),
                }
            };
            match parent {
                Ok(parent) if is_update => preview.updated[index].after.parent = parent,
                Ok(parent) => preview.added[index].parent = parent,
                Err(code) => {
                    preview.issues.push(RegistryIssue::new(code, "parent", parent_text).at(line));
                    if is_update {
                        dropped_updated.push(index);
                    } else {
                        dropped_added.push(index);
                    }
                }
            }
        }
        // Children of a dropped row would point at nothing: drop them too (reported as unknown parent).
        let dropped_ids: std::collections::HashSet<AgencyId> =
            dropped_added.iter().map(|&index| preview.added[index].id).collect();
        let mut index = 0;
        preview.added.retain(|agency| {
            let keep = !dropped_added.contains(&index)
                && agency.parent.is_none_or(|parent| !dropped_ids.contains(&parent));
            index += 1;
            keep
        });
        let mut index = 0;
        let mut unchanged = Vec::new();
        preview.updated.retain(|update| {
            let keep = !dropped_updated.contains(&index)
                && update.after.parent.is_none_or(|parent| !dropped_ids.contains(&parent));
            index += 1;
            if keep && update.before == update.after {
                unchanged.push(UnchangedRow { row: update.row, name: update.after.name.clone() });
                return false;
            }
            keep
        });
        preview.unchanged = unchanged;
        preview.issues.sort_by_key(|issue| issue.row);
        preview
    }

    /// Applies a preview made from this registry: adds and updates its units.
    pub fn apply(&mut self, preview: &AgencyCsvPreview) {
        let ids = self.id_index();
        for update in &preview.updated {
            if let Some(&index) = ids.get(&update.after.id) {
                self.agencies[index] = update.after.clone();
            }
        }
        self.agencies.extend(preview.added.iter().cloned());
    }
}

/// The kind a sender's name suggests: its first word read as a kind ("Dinas Kesehatan" → dinas,
/// "RSUD dr. Soetomo" → rsud, "SMPN 9" → sekolah), a few common acronyms of boards and
/// secretariats, "masyarakat/lainnya" otherwise (the secretariat corrects it in the registry).
pub fn kind_from_name(name: &str) -> AgencyKind {
    let first = name.split_whitespace().next().unwrap_or_default();
    if let Some(kind) = AgencyKind::parse_loose(first) {
        return kind;
    }
    let key = first.to_lowercase();
    let boards = ["bappeda", "bapenda", "bpbd", "bpkad", "bkpsdm", "bkd", "bppkad", "brida"];
    if boards.contains(&key.as_str()) { AgencyKind::Board } else { AgencyKind::Community }
}

impl Registry {
    /// What adding the senders that are not in the registry would do: one new active unit per
    /// distinct name (case and spaces ignored; names already listed are left out), in the given
    /// order, its kind from [`kind_from_name`] and its id derived from `id_seed`. Applied with
    /// [`Registry::apply`] like a CSV preview; `rows` is the number of distinct names read.
    pub fn preview_senders<'a>(
        &self,
        senders: impl IntoIterator<Item = &'a str>,
        id_seed: &[u8],
    ) -> AgencyCsvPreview {
        let mut preview = AgencyCsvPreview::default();
        let mut seen = self.name_index();
        let ids = self.id_index();
        let mut next_index: u64 = 0;
        for sender in senders {
            let name = clean_name(sender);
            let key = name_key(&name);
            if name.is_empty() || seen.contains_key(&key) {
                continue;
            }
            seen.insert(key, usize::MAX);
            preview.rows += 1;
            let mut id = AgencyId::derive(id_seed, next_index);
            while ids.contains_key(&id) {
                next_index += 1;
                id = AgencyId::derive(id_seed, next_index);
            }
            next_index += 1;
            preview.added.push(RegistryAgency {
                id,
                kind: kind_from_name(&name),
                name,
                active: true,
                parent: None,
                demo: false,
            });
        }
        preview
    }
}

fn unknown_agency(id: AgencyId) -> RegistryIssue {
    RegistryIssue::new(RegistryIssueCode::UnknownAgency, "id", id.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft(name: &str, kind: &str) -> AgencyDraft {
        AgencyDraft { name: name.into(), kind: kind.into(), parent: None }
    }

    fn id(n: u8) -> AgencyId {
        AgencyId::from_random_bytes([n; 16])
    }

    #[test]
    fn add_edit_deactivate_validate_everything_first() {
        let mut registry = Registry::default();
        registry.add(&draft("  Dinas   Kesehatan ", "Dinas"), id(1)).expect("test data");
        assert_eq!(registry.agencies[0].name, "Dinas Kesehatan");
        let kec = registry.add(&draft("Kecamatan Samboja", "kecamatan"), id(2)).expect("test data");
        let issues = registry.add(&draft("dinas kesehatan", "kementerian"), id(3)).unwrap_err();
        let codes: Vec<_> = issues.iter().map(|issue| issue.code).collect();
        assert_eq!(codes, [RegistryIssueCode::DuplicateName, RegistryIssueCode::UnknownKind]);
        assert_eq!(registry.agencies.len(), 2);
        let issues = registry.add(&draft(" ", "desa"), id(3)).unwrap_err();
        assert_eq!((issues[0].code, issues[0].path), (RegistryIssueCode::EmptyName, "name"));
        let desa = AgencyDraft { parent: Some(kec), ..draft("Desa Saliki", "desa") };
        let desa_id = registry.add(&desa, id(3)).expect("test data");
        // Renaming to its own name is fine; a loop is not.
        registry.edit(desa_id, &desa).expect("test data");
        let looped =
            AgencyDraft { parent: Some(desa_id), ..draft("Kecamatan Samboja", "kecamatan") };
        assert_eq!(
            registry.edit(kec, &looped).unwrap_err()[0].code,
            RegistryIssueCode::ParentCycle
        );
        let orphan = AgencyDraft { parent: Some(id(9)), ..desa.clone() };
        assert_eq!(
            registry.edit(desa_id, &orphan).unwrap_err()[0].code,
            RegistryIssueCode::UnknownParent
        );
        registry.set_active(desa_id, false).expect("test data");
        assert_eq!(registry.active().count(), 2);
        assert!(registry.set_active(id(9), false).is_err());
        let json = registry.to_json();
        assert_eq!(Registry::from_json(&json).expect("test data"), registry);
        let mut future: serde_json::Value = serde_json::from_slice(&json).expect("test data");
        future["schema_version"] = 2.into();
        assert!(Registry::from_json(future.to_string().as_bytes()).is_err());
    }

    #[test]
    fn a_csv_preview_lists_additions_updates_unchanged_and_every_bad_row() {
        let mut registry = Registry::default();
        registry.add(&draft("Dinas Kesehatan", "dinas"), id(1)).expect("test data");
        registry.add(&draft("Kecamatan Mayangan", "kecamatan"), id(2)).expect("test data");
        let csv = "\u{feff}Nama;Jenis;Induk;Aktif\r\n\
                   Dinas Kesehatan;Dinas;;ya\r\n\
                   kecamatan mayangan;Kecamatan;;tidak\r\n\
                   Kelurahan Sukabumi;Kelurahan;Kecamatan Mayangan;\r\n\
                   Desa Pendem;desa;Kecamatan Junrejo;\r\n\
                   Kecamatan Junrejo;kecamatan;;\r\n\
                   ;dinas;;\r\n\
                   Puskesmas Ketapang;klinik;;\r\n\
                   RSUD Dr. Moh. Saleh;RSUD;;mungkin\r\n\
                   Desa Pendem;desa;;\r\n\
                   SMPN 9 Probolinggo;Desa Lain;;\r\n";
        let preview = registry.preview_csv(csv.as_bytes(), b"seed");
        assert_eq!(preview.rows, 10);
        let added: Vec<&str> = preview.added.iter().map(|a| a.name.as_str()).collect();
        assert_eq!(added, ["Kelurahan Sukabumi", "Desa Pendem", "Kecamatan Junrejo"]);
        let junrejo = preview.added[2].id;
        assert_eq!(preview.added[1].parent, Some(junrejo), "a parent further down resolves");
        assert_eq!(preview.added[0].parent, Some(id(2)));
        assert_eq!(preview.updated.len(), 1);
        assert!(!preview.updated[0].after.active);
        assert_eq!(preview.unchanged, [UnchangedRow { row: 2, name: "Dinas Kesehatan".into() }]);
        let issues: Vec<(Option<u32>, &str)> =
            preview.issues.iter().map(|issue| (issue.row, issue.code.code())).collect();
        assert_eq!(
            issues,
            [
                (Some(7), "empty_name"),
                (Some(8), "unknown_kind"),
                (Some(9), "bad_active_value"),
                (Some(10), "duplicate_name"),
                (Some(11), "unknown_kind"),
            ]
        );
        assert_eq!(preview.skipped(), 6);
        registry.apply(&preview);
        assert_eq!(registry.agencies.len(), 5);
        assert!(!registry.agencies[1].active);
        // Importing the same file again changes nothing more.
        let again = registry.preview_csv(csv.as_bytes(), b"seed2");
        assert!(again.added.is_empty() && again.updated.is_empty());
    }

    #[test]
    fn senders_not_listed_are_previewed_with_a_kind_then_added_once() {
        let mut registry = Registry::default();
        registry.add(&draft("Dinas Kesehatan", "dinas"), id(1)).expect("test data");
        let senders = [
            "dinas  kesehatan",
            "Desa Pendem",
            "desa pendem",
            " ",
            "RSUD dr. Saiful Anwar",
            "Bappeda Litbang",
            "Karang Taruna Melati",
        ];
        let preview = registry.preview_senders(senders, b"seed");
        let added: Vec<(&str, AgencyKind)> =
            preview.added.iter().map(|a| (a.name.as_str(), a.kind)).collect();
        assert_eq!(
            added,
            [
                ("Desa Pendem", AgencyKind::Village),
                ("RSUD dr. Saiful Anwar", AgencyKind::Hospital),
                ("Bappeda Litbang", AgencyKind::Board),
                ("Karang Taruna Melati", AgencyKind::Community),
            ]
        );
        assert_eq!(preview.rows, 4);
        assert!(preview.added.iter().all(|a| a.active && a.parent.is_none()));
        registry.apply(&preview);
        assert_eq!(registry.active().count(), 5);
        assert!(registry.preview_senders(senders, b"seed2").added.is_empty(), "added once");
    }

    #[test]
    fn kinds_read_from_sender_names() {
        for (name, kind) in [
            ("Dinas Pendidikan", AgencyKind::Office),
            ("Kecamatan Junrejo", AgencyKind::District),
            ("Kelurahan Sukabumi", AgencyKind::UrbanVillage),
            ("Puskesmas Ketapang", AgencyKind::HealthCenter),
            ("SMPN 9 Probolinggo", AgencyKind::School),
            ("Badan Pendapatan Daerah", AgencyKind::Board),
            ("Inspektorat Daerah", AgencyKind::Secretariat),
            ("PDAM Tirta", AgencyKind::RegionalEnterprise),
            ("", AgencyKind::Community),
        ] {
            assert_eq!(kind_from_name(name), kind, "{name}");
        }
    }

    #[test]
    fn a_csv_without_the_required_columns_is_refused_whole() {
        let preview = Registry::default().preview_csv(b"name,parent\nDinas,\n", b"s");
        assert_eq!(preview.issues.len(), 1);
        assert_eq!(preview.issues[0].code, RegistryIssueCode::MissingColumn);
        assert_eq!(preview.issues[0].value, "jenis");
        let english = Registry::default().preview_csv(b"name,kind\nDinas Sosial,office\n", b"s");
        assert_eq!(english.added[0].kind, AgencyKind::Office);
    }

    #[test]
    fn three_thousand_rows_are_linear_work() {
        let mut csv = String::from("nama;jenis;induk\n");
        for district in 0..100 {
            csv.push_str(&format!("Kecamatan {district};kecamatan;\n"));
            for village in 0..29 {
                csv.push_str(&format!("Desa {district}-{village};desa;Kecamatan {district}\n"));
            }
        }
        let preview = Registry::default().preview_csv(csv.as_bytes(), b"seed");
        assert_eq!(preview.added.len(), 3_000);
        assert!(preview.issues.is_empty());
    }
}
