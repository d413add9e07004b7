//! Indonesian and English labels of the model's enums (tahapan, status, jenis, bentuk, inisiator, jenis instansi).

use crate::base::lang::Lang;
use crate::model::innovation::{Initiator, InnovationForm, InnovationKind, Stage, Status};
use crate::model::org::AgencyKind;

pub fn stage_label(lang: Lang, stage: Stage) -> &'static str {
    lang.pick(match stage {
        Stage::Initiative => ("Inisiatif", "Initiative"),
        Stage::Trial => ("Uji Coba", "Trial"),
        Stage::Implementation => ("Penerapan", "Implementation"),
    })
}

pub fn status_label(lang: Lang, status: Status) -> &'static str {
    lang.pick(match status {
        Status::Draft => ("Draf", "Draft"),
        Status::Submitted => ("Diajukan", "Submitted"),
        Status::NeedsRevision => ("Perlu revisi", "Needs revision"),
        Status::Verified => ("Diverifikasi", "Verified"),
        Status::Rejected => ("Ditolak", "Rejected"),
    })
}

pub fn initiator_label(lang: Lang, initiator: Initiator) -> &'static str {
    lang.pick(match initiator {
        Initiator::RegionHead => ("Kepala Daerah", "Head of region"),
        Initiator::CouncilMember => ("Anggota DPRD", "Regional council member"),
        Initiator::Agency => ("OPD", "Regional agency (OPD)"),
        Initiator::CivilServant => ("ASN", "Civil servant (ASN)"),
        Initiator::Community => ("Masyarakat", "Community"),
    })
}

pub fn kind_label(lang: Lang, kind: InnovationKind) -> &'static str {
    lang.pick(match kind {
        InnovationKind::Digital => ("Digital", "Digital"),
        InnovationKind::NonDigital => ("Non Digital", "Non-digital"),
    })
}

pub fn form_label(lang: Lang, form: InnovationForm) -> &'static str {
    lang.pick(match form {
        InnovationForm::Governance => {
            ("Inovasi Tata Kelola Pemerintahan Daerah", "Governance innovation")
        }
        InnovationForm::PublicService => ("Inovasi Pelayanan Publik", "Public service innovation"),
        InnovationForm::Other => (
            "Inovasi Daerah Lainnya sesuai Urusan Pemerintahan",
            "Other innovation within a government affair",
        ),
    })
}

/// The label of an agency kind.
pub fn agency_kind_label(lang: Lang, kind: AgencyKind) -> &'static str {
    lang.pick(match kind {
        AgencyKind::Office => ("Dinas", "Office (Dinas)"),
        AgencyKind::Board => ("Badan", "Board (Badan)"),
        AgencyKind::Secretariat => ("Sekretariat", "Secretariat (Sekretariat)"),
        AgencyKind::District => ("Kecamatan", "District (Kecamatan)"),
        AgencyKind::UrbanVillage => ("Kelurahan", "Urban village (Kelurahan)"),
        AgencyKind::Village => ("Desa", "Village (Desa)"),
        AgencyKind::HealthCenter => ("Puskesmas", "Health centre (Puskesmas)"),
        AgencyKind::Hospital => ("RSUD", "Regional hospital (RSUD)"),
        AgencyKind::School => ("Sekolah", "School (Sekolah)"),
        AgencyKind::RegionalEnterprise => ("BUMD", "Regional enterprise (BUMD)"),
        AgencyKind::TechnicalUnit => ("UPT/UPTD", "Technical unit (UPT/UPTD)"),
        AgencyKind::Community => ("Masyarakat/lainnya", "Community/other (Masyarakat)"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_label_reads_in_both_languages() {
        for initiator in Initiator::ALL {
            assert!(!initiator_label(Lang::Id, initiator).is_empty());
            assert!(!initiator_label(Lang::En, initiator).is_empty());
        }
        for form in InnovationForm::ALL {
            assert_ne!(form_label(Lang::Id, form), form_label(Lang::En, form));
        }
        for kind in InnovationKind::ALL {
            assert!(!kind_label(Lang::En, kind).is_empty());
        }
    }
}
