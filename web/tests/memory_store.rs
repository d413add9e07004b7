//! The repository's page logic on the in-memory twin, natively: the same operations the pages
//! run in the browser (save with a revision check, Hapus / Urungkan / Sampah, an import batch
//! as core decides it, a conflict resolved, the demo region loaded and removed), and a failing
//! device that keeps everything as it was.
#![cfg(not(target_arch = "wasm32"))]

use std::future::Future;
use std::pin::pin;
use std::rc::Rc;
use std::task::{Context, Poll, Waker};

use chrono::{DateTime, Utc};
use inovda_core::exchange::bundle::{
    BatchFile, BundleContent, BundleKind, BundleMeta, LocalState, RecordAction, RevisionKind,
    SigningKey, VerifiedBundle, import_commit, plan_batch, read_bundle, write_bundle,
};
use inovda_core::exchange::record::{InnovationRecord, revision_hash};
use inovda_core::model::catalog::Catalog;
use inovda_core::model::innovation::{Innovation, InnovationId};
use inovda_core::secretariat::demo::demo_dataset;
use inovda_web::storage::{
    DemoLoad, INNOVATIONS_STORE, MemoryRepo, ReadyImport, Resolution, StorageError, Version,
};

/// Runs a repository future to its end: the in-memory twin never waits.
fn run<T>(future: impl Future<Output = T>) -> T {
    let mut future = pin!(future);
    let mut context = Context::from_waker(Waker::noop());
    loop {
        if let Poll::Ready(value) = future.as_mut().poll(&mut context) {
            return value;
        }
    }
}

fn now() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-12-07T01:00:00Z")
        .map(|t| t.with_timezone(&Utc))
        .expect("test data")
}

fn record(seed: u8, name: &str) -> InnovationRecord {
    let mut innovation = Innovation::new(
        InnovationId::from_random_bytes([seed; 16]),
        "Diskominfo",
        "Kota Probolinggo",
        2026,
        now(),
    );
    innovation.name = name.into();
    InnovationRecord::from(&innovation)
}

fn names(repo: &MemoryRepo) -> Vec<String> {
    let mut names: Vec<String> =
        run(repo.list_innovations()).expect("stored").into_iter().map(|r| r.name).collect();
    names.sort();
    names
}

#[test]
fn an_edit_saved_over_a_newer_version_from_another_tab_is_refused_and_nothing_changes() {
    let repo = MemoryRepo::in_memory();
    let first = record(1, "Si Ijol");
    run(repo.save_innovation(&first, None, &[(String::from("abc"), Rc::from(&b"foto"[..]))]))
        .expect("saved");
    assert!(run(repo.has_blob("abc")).expect("read"));

    let mut other_tab = first.clone();
    other_tab.edit_count += 1;
    other_tab.name = "Si Ijol (tab lain)".into();
    run(repo.save_innovation(&other_tab, Some(Version::of(&first)), &[])).expect("saved");

    let mut stale = first.clone();
    stale.name = "Si Ijol (basi)".into();
    let refused = run(repo.save_innovation(&stale, Some(Version::of(&first)), &[]));
    assert_eq!(
        refused,
        Err(StorageError::Conflict { revision: first.revision, edit_count: first.edit_count + 1 })
    );
    assert_eq!(names(&repo), ["Si Ijol (tab lain)"]);
}

#[test]
fn hapus_moves_to_sampah_urungkan_brings_it_back_and_purge_removes_it_for_good() {
    let repo = MemoryRepo::in_memory();
    for (seed, name) in [(1, "Si Ijol"), (2, "Portal Emas")] {
        run(repo.put_innovation(&record(seed, name))).expect("saved");
    }
    let id = record(1, "").id;
    run(repo.move_to_trash(&id, "2026-12-07T08:00:00+07:00")).expect("moved");
    assert_eq!(names(&repo), ["Portal Emas"]);
    let trash = run(repo.list_trash()).expect("read");
    assert_eq!((trash.len(), trash[0].record.name.as_str()), (1, "Si Ijol"));

    run(repo.restore_from_trash(&id)).expect("restored");
    assert_eq!(names(&repo), ["Portal Emas", "Si Ijol"]);
    assert!(run(repo.list_trash()).expect("read").is_empty());

    run(repo.move_to_trash(&id, "2026-12-07T08:05:00+07:00")).expect("moved");
    run(repo.purge_from_trash(&id)).expect("purged");
    assert!(run(repo.list_trash()).expect("read").is_empty());
    assert_eq!(names(&repo), ["Portal Emas"]);
}

fn bundle(records: Vec<InnovationRecord>, files: &[&[u8]]) -> VerifiedBundle {
    let meta = BundleMeta {
        kind: BundleKind::Submission,
        created_at: "2026-12-07T01:00:00+00:00".into(),
        region: "Kota Probolinggo".into(),
        agency: "Diskominfo".into(),
        year: 2026,
    };
    let content = BundleContent { records, ..BundleContent::default() };
    let bytes =
        write_bundle(&meta, &content, files, &SigningKey::from_seed(&[7; 32])).expect("test data");
    read_bundle(&bytes).expect("test data")
}

/// What the import page does after "Impor": plan against the store, let core list the writes,
/// store them.
fn import(repo: &MemoryRepo, files: &[(&str, &VerifiedBundle)]) -> ReadyImport<Rc<[u8]>> {
    let receiver = run(repo.receiver()).expect("read");
    let bundles: Vec<Option<&VerifiedBundle>> = files.iter().map(|(_, b)| Some(*b)).collect();
    let plans = plan_batch(&receiver.state, &bundles, &Default::default());
    let batch: Vec<BatchFile> = files
        .iter()
        .zip(&plans)
        .map(|((file_name, bundle), plan)| BatchFile {
            file_name,
            bundle,
            plan: plan.as_ref().expect("planned"),
        })
        .collect();
    let writes = import_commit(&receiver.records, &batch, "2026-12-07T08:00:00+07:00");
    let evidence =
        writes.files.iter().map(|file| (file.sha256.clone(), Rc::from(&b"isi"[..]))).collect();
    let ready = ReadyImport { writes, evidence };
    run(repo.commit_import(&ready)).expect("stored");
    ready
}

#[test]
fn an_import_stores_what_core_decided_and_importing_it_again_changes_nothing() {
    let repo = MemoryRepo::in_memory();
    let first = bundle(vec![record(1, "Si Ijol"), record(2, "Portal Emas")], &[]);
    let ready = import(&repo, &[("diskominfo.zip", &first)]);
    assert_eq!((ready.new_count(), ready.updated_count(), ready.conflict_count()), (2, 0, 0));
    assert_eq!(names(&repo), ["Portal Emas", "Si Ijol"]);
    assert_eq!(run(repo.list_imports()).expect("read").len(), 1);
    // The dashboard's and the banners' one-transaction reads see the same.
    let year = run(repo.year_inputs()).expect("read");
    assert_eq!((year.records.len(), year.imports.len(), year.verdicts.len()), (2, 1, 0));
    let (stamps, log, conflicts) = run(repo.banner_inputs()).expect("read");
    let mut stamped: Vec<&str> = stamps.iter().map(|s| s.agency.as_str()).collect();
    stamped.dedup();
    assert_eq!((stamped, log, conflicts), (vec!["Diskominfo"], None, 0));

    let again = import(&repo, &[("diskominfo.zip", &first)]);
    assert_eq!((again.new_count(), again.updated_count()), (0, 0));
    assert!(again.writes.stores_nothing());
    let state: LocalState = run(repo.local_state()).expect("read");
    assert_eq!(state.records.len(), 2);
    assert_eq!(state.signers.len(), 1, "the sender is trusted once");
}

#[test]
fn a_diverged_copy_waits_aside_and_pakai_salinan_keeps_the_replaced_record_as_history() {
    let repo = MemoryRepo::in_memory();
    let stored = record(1, "Si Ijol");
    let first = bundle(vec![stored.clone()], &[]);
    import(&repo, &[("a.zip", &first)]);

    let mut diverged = stored.clone();
    diverged.name = "Si Ijol (salinan)".into();
    let copy = bundle(vec![diverged.clone()], &[]);
    let ready = import(&repo, &[("b.zip", &copy)]);
    assert_eq!(ready.conflict_count(), 1);
    assert_eq!(run(repo.count_conflicts()).expect("read"), 1);
    assert_eq!(run(repo.banner_inputs()).expect("read").2, 1, "the banner counts it");
    assert_eq!(names(&repo), ["Si Ijol"]);
    let receiver = run(repo.receiver()).expect("read");
    let replan = plan_batch(&receiver.state, &[Some(&copy)], &Default::default());
    let actions: Vec<RecordAction> =
        replan[0].as_ref().expect("planned").records.iter().map(|r| r.action.clone()).collect();
    assert_eq!(actions, [RecordAction::Unchanged], "a kept copy is not a conflict twice");

    let key = revision_hash(&diverged);
    run(repo.resolve_conflict(&key, Resolution::UseCopy, "2026-12-07T09:00:00+07:00"))
        .expect("resolved");
    assert_eq!(names(&repo), ["Si Ijol (salinan)"]);
    assert_eq!(run(repo.count_conflicts()).expect("read"), 0);
    let kinds: Vec<(RevisionKind, String)> = run(repo.list_revisions())
        .expect("read")
        .into_iter()
        .map(|r| (r.kind, r.record.name))
        .collect();
    assert_eq!(kinds, [(RevisionKind::Superseded, "Si Ijol".to_owned())]);
}

#[test]
fn the_demo_region_loads_once_and_hapus_data_contoh_removes_exactly_it() {
    let repo = MemoryRepo::in_memory();
    let real = record(9, "Inovasi Nyata");
    run(repo.put_innovation(&real)).expect("saved");
    let catalog = Catalog::builtin(2026).expect("shipped catalog");
    let demo = demo_dataset(&catalog, 7, &SigningKey::from_seed(&[1; 32]).public_key(), now());
    let loaded = run(repo.load_demo(&demo)).expect("stored");
    let DemoLoad::Loaded { agencies, innovations } = loaded else {
        panic!("demo not loaded: {loaded:?}")
    };
    assert!(agencies > 0 && innovations > 0);
    assert_eq!(repo.backend().len(INNOVATIONS_STORE), innovations + 1);
    assert_eq!(run(repo.load_demo(&demo)).expect("read"), DemoLoad::AlreadyLoaded);

    let (removed_agencies, removed_innovations) = run(repo.remove_demo()).expect("removed");
    assert_eq!((removed_agencies, removed_innovations), (agencies, innovations));
    assert_eq!(names(&repo), ["Inovasi Nyata"]);
    assert!(run(repo.get_demo_config()).expect("read").is_none());
}

#[test]
fn a_device_that_refuses_writes_keeps_everything_as_it_was() {
    let repo = MemoryRepo::in_memory();
    run(repo.put_innovation(&record(1, "Si Ijol"))).expect("saved");
    repo.backend().fail_writes(Some(StorageError::QuotaExceeded));
    let batch = bundle(vec![record(2, "Portal Emas"), record(3, "Si Sehat")], &[b"%PDF bukti"]);
    let receiver = run(repo.receiver()).expect("reads still work");
    let plans = plan_batch(&receiver.state, &[Some(&batch)], &Default::default());
    let files = [BatchFile {
        file_name: "x.zip",
        bundle: &batch,
        plan: plans[0].as_ref().expect("planned"),
    }];
    let writes = import_commit(&receiver.records, &files, "t");
    let ready = ReadyImport { writes, evidence: vec![(String::from("f"), Rc::from(&b"x"[..]))] };
    assert_eq!(run(repo.commit_import(&ready)), Err(StorageError::QuotaExceeded));
    assert_eq!(run(repo.move_to_trash(&record(1, "").id, "t")), Err(StorageError::QuotaExceeded));
    assert_eq!(names(&repo), ["Si Ijol"]);
    assert!(run(repo.list_trash()).expect("read").is_empty());
    assert!(run(repo.list_imports()).expect("read").is_empty());

    repo.backend().fail_writes(None);
    run(repo.commit_import(&ready)).expect("stored");
    assert_eq!(names(&repo), ["Portal Emas", "Si Ijol", "Si Sehat"]);
}

#[test]
fn settings_written_by_a_newer_release_are_refused_by_name_and_left_untouched() {
    use inovda_web::storage::{ProfileDto, storage_error_message};
    let repo = MemoryRepo::in_memory();
    let mut profile = ProfileDto::new("Diskominfo", "Kota Probolinggo");
    profile.schema_version = 99;
    run(repo.put_profile(&profile)).expect("saved");
    let refused = run(repo.get_profile());
    assert_eq!(refused, Err(StorageError::Newer { record: "profile".into(), version: 99 }));
    let message = storage_error_message(inovda_core::Lang::Id, &refused.expect_err("refused"));
    assert!(message.contains("versi Inovda yang lebih baru"), "{message}");
    assert_eq!(run(repo.get_meta::<ProfileDto>("profile")).expect("read"), Some(profile));
}

#[test]
fn an_edit_made_between_choosing_the_files_and_impor_is_never_overwritten_unseen() {
    let repo = MemoryRepo::in_memory();
    let stored = record(1, "Si Ijol");
    run(repo.put_innovation(&stored)).expect("saved");
    let mut successor = stored.clone();
    successor.revision += 1;
    successor.supersedes = Some(revision_hash(&stored));
    successor.name = "Si Ijol Plus".into();
    let incoming = bundle(vec![successor], &[]);

    // Planned against the stored record …
    let receiver = run(repo.receiver()).expect("read");
    let plans = plan_batch(&receiver.state, &[Some(&incoming)], &Default::default());
    let files = [BatchFile {
        file_name: "b.zip",
        bundle: &incoming,
        plan: plans[0].as_ref().expect("planned"),
    }];
    let writes = import_commit(&receiver.records, &files, "t");
    assert_eq!(writes.records.len(), 1);
    // … then edited in another tab before "Impor".
    let mut edited = stored.clone();
    edited.edit_count += 1;
    edited.name = "Si Ijol (diedit)".into();
    run(repo.put_innovation(&edited)).expect("saved");

    let ready = ReadyImport { writes, evidence: Vec::new() };
    assert!(matches!(run(repo.commit_import(&ready)), Err(StorageError::Conflict { .. })));
    assert_eq!(names(&repo), ["Si Ijol (diedit)"]);
    assert!(run(repo.list_imports()).expect("read").is_empty(), "nothing of the batch was stored");
}

#[test]
fn the_relay_outbox_and_inbox_keep_an_entry_and_its_bytes_together() {
    use inovda_core::exchange::relay::{
        Delivery, INBOX_SCHEMA_VERSION, InboxEntry, OutboxEntry, RelayError, RelayLink,
        RelaySettings,
    };
    let repo = MemoryRepo::in_memory();
    let sha = "ab".repeat(32);
    let entry = OutboxEntry::new(
        sha.clone(),
        BundleKind::Submission,
        3,
        vec!["i-1".into()],
        String::new(),
        now(),
    );
    let sealed: Rc<[u8]> = Rc::from(&b"age"[..]);
    run(repo.enqueue(&entry, &sealed)).expect("queued");
    // The same bundle queued again (Ajukan then Ekspor) is kept once, its state untouched.
    let failed = entry.clone().failed(&RelayError::Unreachable("offline".into()), now());
    run(repo.update_outbox(&failed)).expect("updated");
    run(repo.enqueue(&entry, &sealed)).expect("queued again");
    let outbox = run(repo.outbox()).expect("read");
    assert_eq!(outbox.len(), 1);
    assert_eq!(outbox[0].failures, 1);
    assert_eq!(run(repo.outbox_file(&outbox[0])).expect("read"), Some(sealed.clone()));
    // A full device refuses the next state and keeps the last one with its bytes.
    repo.backend().fail_writes(Some(StorageError::QuotaExceeded));
    let sent = outbox[0].clone().sent("2026-12-07T01:05:00Z".into());
    assert_eq!(run(repo.update_outbox(&sent)), Err(StorageError::QuotaExceeded));
    repo.backend().fail_writes(None);
    assert_eq!(run(repo.outbox()).expect("read")[0].delivery, Delivery::Waiting);
    // Received: the sealed bytes are no longer kept.
    run(repo.update_outbox(&sent.received("2026-12-07T01:09:00Z".into()))).expect("updated");
    assert!(!run(repo.has_blob(&entry.file_key())).expect("read"));

    // The inbox: the fetched bundle and the cursor move together; imported, its bytes go and
    // the entry waits for the receipt.
    let link =
        RelayLink { url: "https://r.example".into(), region_id: "r-1".into(), join: "00".into() };
    let mut settings = RelaySettings::new(link, "Kota Probolinggo".into(), "11".repeat(32));
    settings.inbox_after = 7;
    let fetched = InboxEntry {
        schema_version: INBOX_SCHEMA_VERSION,
        sha256: "cd".repeat(32),
        kind: BundleKind::Feedback,
        sender_name: "Bappeda".into(),
        sender_public_key: "11".repeat(32),
        deposited_at: "2026-12-07T01:10:00Z".into(),
        size: 5,
        imported_at: None,
    };
    let inner: Rc<[u8]> = Rc::from(&b"inner"[..]);
    repo.backend().fail_writes(Some(StorageError::QuotaExceeded));
    assert!(run(repo.keep_fetched(&fetched, &inner, &settings)).is_err());
    repo.backend().fail_writes(None);
    assert!(run(repo.inbox()).expect("read").is_empty());
    assert_eq!(run(repo.get_relay()).expect("read"), None, "the cursor did not move alone");
    run(repo.keep_fetched(&fetched, &inner, &settings)).expect("kept");
    assert_eq!(run(repo.get_relay()).expect("read").map(|s| s.inbox_after), Some(7));
    assert_eq!(run(repo.inbox_file(&fetched)).expect("read"), Some(inner));
    run(repo.mark_imported(std::slice::from_ref(&fetched.sha256), "2026-12-07T01:11:00Z"))
        .expect("marked");
    let waiting = run(repo.inbox()).expect("read");
    assert_eq!(waiting[0].imported_at.as_deref(), Some("2026-12-07T01:11:00Z"));
    assert_eq!(run(repo.inbox_file(&fetched)).expect("read"), None);
    run(repo.remove_fetched(std::slice::from_ref(&fetched.sha256))).expect("removed");
    assert!(run(repo.inbox()).expect("read").is_empty());
}
