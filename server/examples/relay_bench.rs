//! Load bench of the relay (not part of `make test`; `make bench` runs it):
//! 500 agencies, each with its own key and joined to the region, deposit one sealed submission
//! bundle each, concurrently, over loopback; then the secretariat lists its inbox and fetches
//! every bundle. Prints throughput, p95 latency and the relay process's peak RSS.
//!
//! The relay runs in a child process (this same program, `relay_bench serve DIR PORT`), so its
//! peak memory is measured apart from the client's. Bounded: 500 agencies, at most 100
//! requests in flight, and the whole run is stopped after 120 seconds.
//!
//! Run: `cargo run --release -p inovda-server --example relay_bench [AGENCIES]`.

use std::collections::HashMap;
use std::io::BufRead;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use ed25519_dalek::Signer;
use inovda_core::base::hash::sha256_hex;
use inovda_core::exchange::bundle::{BundleKind, SigningKey, read_bundle};
use inovda_core::exchange::sealed::{SealMeta, seal_bytes};
use inovda_core::secretariat::demo::synthetic::{SyntheticSpec, synthetic_bundles, synthetic_key};
use serde_json::{Value, json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio::sync::Semaphore;

type Failure = Box<dyn std::error::Error + Send + Sync>;

fn main() -> Result<(), Failure> {
    let args: Vec<String> = std::env::args().collect();
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
    if args.get(1).map(String::as_str) == Some("serve") {
        let data = args.get(2).ok_or("serve DIR PORT")?;
        let port: u16 = args.get(3).ok_or("serve DIR PORT")?.parse()?;
        let options = inovda_server::ServeOptions {
            dist: "no-app".into(),
            data: data.into(),
            listen: SocketAddr::from(([127, 0, 0, 1], port)),
            database: None,
            objects: None,
            max_bundle_size: None,
            quota: None,
            // The default 120 requests a minute per key would pace the secretariat's 500
            // fetches over four minutes; the bench measures the relay, not that limit.
            rate_per_minute: Some(100_000),
        };
        return runtime.block_on(inovda_server::serve(options)).map_err(Into::into);
    }
    let agencies: usize = args.get(1).map(|n| n.parse()).transpose()?.unwrap_or(500).min(2_000);
    runtime.block_on(async {
        tokio::time::timeout(Duration::from_secs(120), bench(agencies))
            .await
            .map_err(|_| Failure::from("the bench took more than 120 seconds"))?
    })
}

/// A minimal HTTP/1.1 client: one request per connection.
async fn http(
    address: SocketAddr,
    method: &str,
    path: &str,
    token: Option<&str>,
    body: &[u8],
) -> Result<(u16, Vec<u8>), Failure> {
    let mut stream = TcpStream::connect(address).await?;
    let auth = token.map(|t| format!("Authorization: Bearer {t}\r\n")).unwrap_or_default();
    let head = format!(
        "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n{auth}Content-Type: application/json\r\n\
         Content-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    // A refusal may come (and the connection close) before the whole body is sent: read the
    // answer anyway.
    let sent = async {
        stream.write_all(head.as_bytes()).await?;
        stream.write_all(body).await
    }
    .await;
    let mut answer = Vec::new();
    let read = stream.read_to_end(&mut answer).await;
    if answer.is_empty() {
        sent?;
        read?;
    }
    let split = answer.windows(4).position(|w| w == b"\r\n\r\n").ok_or("no HTTP head")?;
    let head = String::from_utf8_lossy(&answer[..split]).to_ascii_lowercase();
    let status: u16 = head.get(9..12).ok_or("no status")?.parse()?;
    let mut body = answer[split + 4..].to_vec();
    if head.contains("transfer-encoding: chunked") {
        body = dechunk(&body)?;
    }
    Ok((status, body))
}

fn dechunk(mut data: &[u8]) -> Result<Vec<u8>, Failure> {
    let mut out = Vec::new();
    loop {
        let line_end = data.windows(2).position(|w| w == b"\r\n").ok_or("bad chunk")?;
        let size = usize::from_str_radix(std::str::from_utf8(&data[..line_end])?.trim(), 16)?;
        if size == 0 {
            return Ok(out);
        }
        let start = line_end + 2;
        out.extend_from_slice(data.get(start..start + size).ok_or("short chunk")?);
        data = data.get(start + size + 2..).ok_or("short chunk")?;
    }
}

async fn json_call(
    address: SocketAddr,
    method: &str,
    path: &str,
    token: Option<&str>,
    body: Value,
) -> Result<Value, Failure> {
    // No body with GET: an unread body makes the server's close a reset, which can cut the
    // answer short.
    let body = if body.is_null() { Vec::new() } else { body.to_string().into_bytes() };
    let (status, bytes) = http(address, method, path, token, &body).await?;
    let value: Value = serde_json::from_slice(&bytes)?;
    if status >= 300 {
        return Err(format!("{method} {path}: {status} {value}").into());
    }
    Ok(value)
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

async fn login(address: SocketAddr, seed: [u8; 32]) -> Result<String, Failure> {
    let key = ed25519_dalek::SigningKey::from_bytes(&seed);
    let public = hex(key.verifying_key().as_bytes());
    let answer =
        json_call(address, "POST", "/api/v1/auth/challenge", None, json!({ "public_key": public }))
            .await?;
    let challenge = answer["challenge"].as_str().ok_or("no challenge")?;
    let message = format!("{}{challenge}", inovda_server::SESSION_CONTEXT);
    let signature = hex(&key.sign(message.as_bytes()).to_bytes());
    let answer = json_call(
        address,
        "POST",
        "/api/v1/auth/session",
        None,
        json!({ "public_key": public, "challenge": challenge, "signature": signature }),
    )
    .await?;
    Ok(answer["token"].as_str().ok_or("no token")?.to_owned())
}

fn p95(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    let at = (samples.len() * 95).div_ceil(100).saturating_sub(1);
    samples.get(at).copied().unwrap_or_default()
}

fn peak_rss_kib(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|line| line.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

async fn bench(agencies: usize) -> Result<(), Failure> {
    let data = std::env::temp_dir().join(format!("inovda-relay-bench-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&data);
    let port = {
        let probe = std::net::TcpListener::bind("127.0.0.1:0")?;
        probe.local_addr()?.port()
    };
    let address = SocketAddr::from(([127, 0, 0, 1], port));
    let mut child = std::process::Command::new(std::env::current_exe()?)
        .args(["serve", &data.display().to_string(), &port.to_string()])
        .stdout(std::process::Stdio::piped())
        .spawn()?;
    let result = run(agencies, address, &mut child).await;
    let _ = child.kill();
    let _ = child.wait();
    let _ = std::fs::remove_dir_all(&data);
    result
}

async fn run(
    agencies: usize,
    address: SocketAddr,
    child: &mut std::process::Child,
) -> Result<(), Failure> {
    // The relay prints its enrolment code at start.
    let stdout = child.stdout.take().ok_or("no stdout")?;
    let code = tokio::task::spawn_blocking(move || -> Option<String> {
        let lines = std::io::BufReader::new(stdout).lines();
        for line in lines.map_while(Result::ok) {
            if let Some((_, code)) = line.split_once("(valid 7 days, once): ") {
                return Some(code.trim().to_owned());
            }
        }
        None
    })
    .await?
    .ok_or("the relay printed no enrolment code")?;

    // The bundles: one synthetic submission per agency (two innovations each on average, every
    // evidence file 2 KiB), sealed by its agency for the secretariat.
    let prepared = Instant::now();
    let catalog = inovda_core::Catalog::builtin(2026)?;
    let now = chrono::DateTime::from_timestamp(1_795_341_600, 0).ok_or("time")?;
    // About one synthetic agency in ten has no innovation and so no bundle: ask for more.
    let spec = SyntheticSpec {
        seed: 7,
        bundles: agencies + agencies / 5 + 10,
        innovations: agencies * 2,
        evidence_bytes: 2 << 10,
    };
    let mut bundles = synthetic_bundles(&catalog, spec, now)?;
    bundles.truncate(agencies);
    let keys: HashMap<String, usize> = (0..spec.bundles + 100)
        .map(|index| (synthetic_key(7, index).public_key().to_hex(), index))
        .collect();
    let secretariat_seed = [250u8; 32];
    let secretariat = SigningKey::from_seed(&secretariat_seed);
    let secretariat_token = login(address, secretariat_seed).await?;
    let region = json_call(
        address,
        "POST",
        "/api/v1/regions",
        Some(&secretariat_token),
        json!({ "code": code, "name": "Kota Bench" }),
    )
    .await?["region_id"]
        .as_str()
        .ok_or("no region")?
        .to_owned();
    let join = {
        let key = ed25519_dalek::SigningKey::from_bytes(&secretariat_seed);
        hex(&key.sign(format!("{}{region}", inovda_server::JOIN_CONTEXT).as_bytes()).to_bytes())
    };
    // Sealed on two threads (the machine's cores).
    let recipient = secretariat.public_key();
    let seal = |bundle: &inovda_core::secretariat::demo::synthetic::SyntheticBundle| -> Result<_, Failure> {
        let inner = read_bundle(&bundle.bytes)?;
        let index = *keys.get(&inner.signer.to_hex()).ok_or("unknown synthetic signer")?;
        let key = synthetic_key(7, index);
        let meta = SealMeta {
            kind: BundleKind::Submission,
            created_at: inner.manifest.created_at.clone(),
            app_version: inovda_core::APP_VERSION.into(),
            region: inner.manifest.region.clone(),
            relay_region: Some(region.clone()),
            sender: inner.manifest.agency.clone(),
        };
        let sealed = seal_bytes(&bundle.bytes, &meta, &key, &[recipient])?;
        Ok((key.seed(), inner.manifest.agency.clone(), sealed.out))
    };
    let (first, second) = bundles.split_at(bundles.len() / 2);
    let (first, second) = std::thread::scope(|scope| {
        let other = scope.spawn(|| second.iter().map(seal).collect::<Result<Vec<_>, _>>());
        let mine = first.iter().map(seal).collect::<Result<Vec<_>, _>>();
        (mine, other.join())
    });
    let mut work = first?;
    work.extend(second.map_err(|_| "a sealing thread panicked")??);
    let total_bytes: usize = work.iter().map(|(_, _, sealed)| sealed.len()).sum();
    println!(
        "prepared {} sealed bundles ({:.1} MB) in {:.1} s",
        work.len(),
        total_bytes as f64 / 1e6,
        prepared.elapsed().as_secs_f64()
    );

    // Every agency signs in and joins (not timed below).
    let limit = Arc::new(Semaphore::new(100));
    let joined = Instant::now();
    let mut tasks = Vec::new();
    for (seed, name, _) in &work {
        let (seed, name, join, region, limit) =
            (*seed, name.clone(), join.clone(), region.clone(), Arc::clone(&limit));
        tasks.push(tokio::spawn(async move {
            let _permit = limit.acquire_owned().await?;
            let token = login(address, seed).await?;
            let path = format!("/api/v1/regions/{region}/members");
            json_call(address, "POST", &path, Some(&token), json!({ "join": join, "name": name }))
                .await?;
            Ok::<_, Failure>(token)
        }));
    }
    let mut tokens = Vec::new();
    for task in tasks {
        tokens.push(task.await??);
    }
    println!(
        "{} agencies signed in and joined in {:.1} s",
        tokens.len(),
        joined.elapsed().as_secs_f64()
    );

    // Deposits, all at once (at most 100 in flight).
    let started = Instant::now();
    let mut tasks = Vec::new();
    for ((_, _, sealed), token) in work.iter().zip(&tokens) {
        let (sealed, token, region, limit) =
            (sealed.clone(), token.clone(), region.clone(), Arc::clone(&limit));
        tasks.push(tokio::spawn(async move {
            let _permit = limit.acquire_owned().await?;
            let path = format!("/api/v1/regions/{region}/bundles/{}", sha256_hex(&sealed));
            let begun = Instant::now();
            let (status, body) = http(address, "PUT", &path, Some(&token), &sealed).await?;
            if status != 201 {
                return Err(format!("deposit: {status} {}", String::from_utf8_lossy(&body)).into());
            }
            Ok::<_, Failure>(begun.elapsed())
        }));
    }
    let mut deposit_latency = Vec::new();
    for task in tasks {
        deposit_latency.push(task.await??);
    }
    let deposit_time = started.elapsed();

    // The secretariat lists its inbox and fetches everything (16 in flight).
    let started = Instant::now();
    let mut entries = Vec::new();
    let mut after = 0;
    loop {
        let path = format!("/api/v1/regions/{region}/inbox?after={after}&limit=1000");
        let page = json_call(address, "GET", &path, Some(&secretariat_token), json!(null)).await?;
        let list = page["entries"].as_array().ok_or("no entries")?.clone();
        if list.is_empty() {
            break;
        }
        after = page["next_after"].as_i64().ok_or("no next_after")?;
        entries.extend(list);
    }
    let listed = started.elapsed();
    if entries.len() != work.len() {
        return Err(format!("the inbox lists {} of {}", entries.len(), work.len()).into());
    }
    let fetch_limit = Arc::new(Semaphore::new(16));
    let mut tasks = Vec::new();
    for entry in &entries {
        let sha = entry["sha256"].as_str().ok_or("no sha256")?.to_owned();
        let (token, region, limit) =
            (secretariat_token.clone(), region.clone(), Arc::clone(&fetch_limit));
        tasks.push(tokio::spawn(async move {
            let _permit = limit.acquire_owned().await?;
            let begun = Instant::now();
            let path = format!("/api/v1/regions/{region}/bundles/{sha}");
            let (status, body) = http(address, "GET", &path, Some(&token), b"").await?;
            if status != 200 || sha256_hex(&body) != sha {
                return Err(format!("fetch {sha}: status {status}").into());
            }
            Ok::<_, Failure>(begun.elapsed())
        }));
    }
    let mut fetch_latency = Vec::new();
    for task in tasks {
        fetch_latency.push(task.await??);
    }
    let fetch_time = started.elapsed();

    let mb = total_bytes as f64 / 1e6;
    println!(
        "deposit: {} bundles in {:.2} s = {:.0} bundles/s, {:.1} MB/s; p95 latency {:.0} ms",
        work.len(),
        deposit_time.as_secs_f64(),
        work.len() as f64 / deposit_time.as_secs_f64(),
        mb / deposit_time.as_secs_f64(),
        p95(deposit_latency).as_secs_f64() * 1e3
    );
    println!(
        "secretariat: inbox listed in {:.0} ms; {} bundles fetched in {:.2} s = {:.0} bundles/s, \
         {:.1} MB/s; p95 latency {:.0} ms",
        listed.as_secs_f64() * 1e3,
        entries.len(),
        fetch_time.as_secs_f64(),
        entries.len() as f64 / fetch_time.as_secs_f64(),
        mb / fetch_time.as_secs_f64(),
        p95(fetch_latency).as_secs_f64() * 1e3
    );
    match peak_rss_kib(child.id()) {
        Some(kib) => println!("relay peak RSS: {:.1} MB", kib as f64 / 1024.0),
        None => println!("relay peak RSS: unknown (no /proc)"),
    }
    Ok(())
}
