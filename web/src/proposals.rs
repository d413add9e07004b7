//! KIPP proposals in the browser: read and write `meta` key `kipp:<innovation id>`, and the
//! proposal's autosave (the app's one [`Saver`], flushed when the page is hidden or left).

use inovda_core::programmes::kipp::KippProposal;

use crate::saver::{Saver, Writer};
use crate::storage::{Repo, StorageError};

/// The `meta` key of an innovation's KIPP proposal.
pub fn meta_key(innovation_id: &str) -> String {
    format!("kipp:{innovation_id}")
}

/// The stored proposal of an innovation (`None` when none was written yet).
pub async fn load(repo: &Repo, innovation_id: &str) -> Result<Option<KippProposal>, StorageError> {
    match repo.get_meta::<KippProposal>(&meta_key(innovation_id)).await? {
        Some(proposal) => {
            proposal.checked().map(Some).map_err(|e| StorageError::Corrupt(e.to_string()))
        }
        None => Ok(None),
    }
}

/// Writes one innovation's proposal under its `meta` key.
pub struct ProposalWriter {
    repo: Repo,
    key: String,
}

impl Writer for ProposalWriter {
    type Item = KippProposal;

    async fn write(&self, proposal: &KippProposal) -> Result<(), StorageError> {
        self.repo.put_meta(&self.key, proposal).await
    }
}

/// One proposal page's autosave queue.
pub type ProposalSaver = Saver<ProposalWriter>;

/// The autosave of an innovation's proposal.
pub fn proposal_saver(repo: Repo, innovation_id: &str) -> ProposalSaver {
    Saver::new(ProposalWriter { repo, key: meta_key(innovation_id) })
}
