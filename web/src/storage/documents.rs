//! Storage of the official documents' settings: the kop and signatories (core's
//! [`DocumentSettings`], one per device under [`DOCUMENT_SETTINGS_KEY`]) and, per document, the
//! number and date the secretariat typed ([`DocumentMetaDto`] under `document:<key>`).

use chrono::NaiveDate;
use inovda_core::secretariat::documents::DocumentSettings;
use inovda_core::secretariat::documents::settings::DOCUMENT_SETTINGS_SCHEMA_VERSION;

use super::{Backend, StorageError, Store};

/// Key of the kop and signatories in `meta`.
pub const DOCUMENT_SETTINGS_KEY: &str = "document-settings";
/// Schema version of [`DocumentMetaDto`].
pub const DOCUMENT_META_SCHEMA_VERSION: u32 = 1;

/// Key of one document's number and date in `meta`: `document:<key>`.
pub fn document_meta_key(key: &str) -> String {
    format!("document:{key}")
}

/// The number and date typed for one document (empty / `None` until typed).
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct DocumentMetaDto {
    pub schema_version: u32,
    pub number: String,
    pub date: Option<NaiveDate>,
}

impl<B: Backend> Store<B> {
    /// The stored kop and signatories, when the secretariat saved them.
    pub async fn get_document_settings(&self) -> Result<Option<DocumentSettings>, StorageError> {
        let found = self.get_meta::<DocumentSettings>(DOCUMENT_SETTINGS_KEY).await?;
        if let Some(settings) = &found {
            super::check_schema(
                "document settings",
                settings.schema_version,
                DOCUMENT_SETTINGS_SCHEMA_VERSION,
            )?;
        }
        Ok(found)
    }

    /// Stores the kop and signatories (one write).
    pub async fn put_document_settings(
        &self,
        settings: &DocumentSettings,
    ) -> Result<(), StorageError> {
        self.put_meta(DOCUMENT_SETTINGS_KEY, settings).await
    }

    /// The number and date typed for the document `key` (empty when none).
    pub async fn get_document_meta(&self, key: &str) -> Result<DocumentMetaDto, StorageError> {
        match self.get_meta::<DocumentMetaDto>(&document_meta_key(key)).await? {
            Some(found) => {
                super::check_schema(
                    "document number",
                    found.schema_version,
                    DOCUMENT_META_SCHEMA_VERSION,
                )?;
                Ok(found)
            }
            None => Ok(DocumentMetaDto {
                schema_version: DOCUMENT_META_SCHEMA_VERSION,
                ..DocumentMetaDto::default()
            }),
        }
    }

    /// Stores the number and date of the document `key` (one write).
    pub async fn put_document_meta(
        &self,
        key: &str,
        meta: &DocumentMetaDto,
    ) -> Result<(), StorageError> {
        self.put_meta(&document_meta_key(key), meta).await
    }
}
