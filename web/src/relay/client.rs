//! The relay's HTTP API (docs/relay.md) over the browser's `fetch`, signed in with the device key.
//!
//! A session token is kept in memory for its hour and renewed once when the relay says it
//! expired. Every failure is a core [`RelayError`]: no network is `Unreachable` (retried
//! later), a refusal carries the relay's code.

use std::cell::RefCell;

use inovda_core::exchange::bundle::SigningKey;
use inovda_core::exchange::relay::{RelayError, sign_challenge};
use serde::Deserialize;
use serde::de::DeserializeOwned;
use serde_json::{Value, json};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::platform::js_text;

/// A relay and the device key that talks to it.
pub struct Client<'a> {
    url: String,
    key: &'a SigningKey,
}

thread_local! {
    /// (relay url, device key hex, token): one session per relay and key.
    static SESSION: RefCell<Option<(String, String, String)>> = const { RefCell::new(None) };
}

/// A bundle addressed to this device (`GET …/inbox`).
#[derive(Debug, Clone, Deserialize)]
pub struct InboxItem {
    pub seq: u64,
    pub sha256: String,
    pub size: u64,
    pub kind: String,
    pub sender_public_key: String,
    pub sender_name: String,
    pub deposited_at: String,
}

#[derive(Debug, Clone, Deserialize)]
pub struct InboxPage {
    pub entries: Vec<InboxItem>,
    pub next_after: u64,
}

/// A recipient of one of this device's deposits (`GET …/sent`).
#[derive(Debug, Clone, Deserialize)]
pub struct SentRecipient {
    pub received_at: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct SentItem {
    pub sha256: String,
    pub recipients: Vec<SentRecipient>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct SentPage {
    pub entries: Vec<SentItem>,
    pub next_after: u64,
}

/// A stored deposit (`PUT …/bundles/{sha256}`).
#[derive(Debug, Clone, Deserialize)]
pub struct Deposited {
    pub deposited_at: String,
}

/// A region just enrolled (`POST …/regions`).
#[derive(Debug, Clone, Deserialize)]
pub struct Enrolled {
    pub region_id: String,
    pub name: String,
}

/// A member of the region (`GET …/members`).
#[derive(Debug, Clone, Deserialize)]
pub struct Member {
    pub public_key: String,
    pub name: String,
    #[serde(default)]
    pub agency_id: Option<String>,
    #[serde(default)]
    pub secretariat: bool,
}

#[derive(Debug, Clone, Deserialize)]
struct Members {
    members: Vec<Member>,
}

/// What a request sends.
enum Body<'b> {
    None,
    Json(Value),
    Bytes(&'b web_sys::Blob),
}

impl<'a> Client<'a> {
    pub fn new(url: &str, key: &'a SigningKey) -> Self {
        Self { url: url.trim_end_matches('/').to_owned(), key }
    }

    /// Creates the region with the operator's one-time code; this device becomes its secretariat.
    pub async fn enrol(
        &self,
        code: &str,
        region: &str,
        secretariat: &str,
    ) -> Result<Enrolled, RelayError> {
        let body = json!({ "code": code, "name": region, "secretariat_name": secretariat });
        self.call("POST", "/api/v1/regions", Body::Json(body)).await
    }

    /// Joins the region with the join token of the secretariat's config.
    pub async fn join(
        &self,
        region_id: &str,
        join: &str,
        name: &str,
        agency_id: Option<&str>,
    ) -> Result<(), RelayError> {
        let body = json!({ "join": join, "name": name, "agency_id": agency_id });
        let path = format!("/api/v1/regions/{region_id}/members");
        self.call::<Value>("POST", &path, Body::Json(body)).await.map(|_| ())
    }

    /// The region's members (the secretariat only).
    pub async fn members(&self, region_id: &str) -> Result<Vec<Member>, RelayError> {
        let path = format!("/api/v1/regions/{region_id}/members");
        Ok(self.call::<Members>("GET", &path, Body::None).await?.members)
    }

    /// Uploads sealed bytes; the same bytes twice are stored once.
    pub async fn deposit(
        &self,
        region_id: &str,
        sha256: &str,
        sealed: &web_sys::Blob,
    ) -> Result<Deposited, RelayError> {
        let path = format!("/api/v1/regions/{region_id}/bundles/{sha256}");
        self.call("PUT", &path, Body::Bytes(sealed)).await
    }

    pub async fn inbox(&self, region_id: &str, after: u64) -> Result<InboxPage, RelayError> {
        let path = format!("/api/v1/regions/{region_id}/inbox?after={after}&limit=50");
        self.call("GET", &path, Body::None).await
    }

    pub async fn sent(&self, region_id: &str, after: u64) -> Result<SentPage, RelayError> {
        let path = format!("/api/v1/regions/{region_id}/sent?after={after}&limit=500");
        self.call("GET", &path, Body::None).await
    }

    /// The sealed bytes of a bundle addressed to this device.
    pub async fn fetch(
        &self,
        region_id: &str,
        sha256: &str,
    ) -> Result<js_sys::Uint8Array, RelayError> {
        let path = format!("/api/v1/regions/{region_id}/bundles/{sha256}");
        let response = self.authorised("GET", &path, &Body::None).await?;
        let buffer =
            JsFuture::from(response.array_buffer().map_err(|e| RelayError::Protocol(js_text(&e)))?)
                .await
                .map_err(|e| RelayError::Unreachable(js_text(&e)))?;
        Ok(js_sys::Uint8Array::new(&buffer))
    }

    pub async fn receipt(&self, region_id: &str, sha256: &str) -> Result<(), RelayError> {
        let path = format!("/api/v1/regions/{region_id}/bundles/{sha256}/receipt");
        self.call::<Value>("POST", &path, Body::Json(json!({}))).await.map(|_| ())
    }

    async fn call<T: DeserializeOwned>(
        &self,
        method: &str,
        path: &str,
        body: Body<'_>,
    ) -> Result<T, RelayError> {
        let response = self.authorised(method, path, &body).await?;
        json_of(response).await
    }

    /// Sends with the session token, signing in first when there is none and once more when the
    /// relay says the session is over.
    async fn authorised(
        &self,
        method: &str,
        path: &str,
        body: &Body<'_>,
    ) -> Result<web_sys::Response, RelayError> {
        let mut renewed = false;
        loop {
            let token = self.token(renewed).await?;
            let response = send(&format!("{}{path}", self.url), method, Some(&token), body).await?;
            if response.ok() {
                return Ok(response);
            }
            let error = refusal(response).await;
            let expired = matches!(&error, RelayError::Refused { code, .. }
                if code == "session_expired" || code == "unauthenticated");
            if expired && !renewed {
                renewed = true;
                continue;
            }
            return Err(error);
        }
    }

    async fn token(&self, renew: bool) -> Result<String, RelayError> {
        let me = self.key.public_key().to_hex();
        let cached = SESSION.with(|s| {
            s.borrow().as_ref().and_then(|(url, key, token)| {
                (url == &self.url && key == &me && !renew).then(|| token.clone())
            })
        });
        if let Some(token) = cached {
            return Ok(token);
        }
        #[derive(Deserialize)]
        struct Challenge {
            challenge: String,
        }
        #[derive(Deserialize)]
        struct Session {
            token: String,
        }
        let url = format!("{}/api/v1/auth/challenge", self.url);
        let body = Body::Json(json!({ "public_key": me }));
        let challenge: Challenge = checked(send(&url, "POST", None, &body).await?).await?;
        let signature = sign_challenge(self.key, &challenge.challenge);
        let url = format!("{}/api/v1/auth/session", self.url);
        let body = Body::Json(json!({
            "public_key": me, "challenge": challenge.challenge, "signature": signature,
        }));
        let session: Session = checked(send(&url, "POST", None, &body).await?).await?;
        SESSION.with(|s| {
            *s.borrow_mut() = Some((self.url.clone(), me.clone(), session.token.clone()));
        });
        Ok(session.token)
    }
}

async fn checked<T: DeserializeOwned>(response: web_sys::Response) -> Result<T, RelayError> {
    if response.ok() { json_of(response).await } else { Err(refusal(response).await) }
}

async fn send(
    url: &str,
    method: &str,
    token: Option<&str>,
    body: &Body<'_>,
) -> Result<web_sys::Response, RelayError> {
    let protocol = |e: JsValue| RelayError::Protocol(js_text(&e));
    let init = web_sys::RequestInit::new();
    init.set_method(method);
    init.set_cache(web_sys::RequestCache::NoStore);
    let headers = web_sys::Headers::new().map_err(protocol)?;
    if let Some(token) = token {
        headers.set("Authorization", &format!("Bearer {token}")).map_err(protocol)?;
    }
    match body {
        Body::None => {}
        Body::Json(value) => {
            headers.set("Content-Type", "application/json").map_err(protocol)?;
            init.set_body(&JsValue::from_str(&value.to_string()));
        }
        Body::Bytes(blob) => {
            headers.set("Content-Type", "application/octet-stream").map_err(protocol)?;
            init.set_body(blob.as_ref());
        }
    }
    init.set_headers(headers.as_ref());
    let request = web_sys::Request::new_with_str_and_init(url, &init)
        .map_err(|e| RelayError::BadUrl(js_text(&e)))?;
    let window = web_sys::window().ok_or_else(|| RelayError::Unreachable("no window".into()))?;
    let answer = JsFuture::from(window.fetch_with_request(&request))
        .await
        .map_err(|e| RelayError::Unreachable(js_text(&e)))?;
    answer.dyn_into::<web_sys::Response>().map_err(protocol)
}

async fn text_of(response: &web_sys::Response) -> Result<String, RelayError> {
    let promise = response.text().map_err(|e| RelayError::Protocol(js_text(&e)))?;
    let text = JsFuture::from(promise).await.map_err(|e| RelayError::Unreachable(js_text(&e)))?;
    Ok(text.as_string().unwrap_or_default())
}

async fn json_of<T: DeserializeOwned>(response: web_sys::Response) -> Result<T, RelayError> {
    let text = text_of(&response).await?;
    serde_json::from_str(&text).map_err(|e| RelayError::Protocol(e.to_string()))
}

/// The relay's `{"error": {"code", "message"}}`, or what the status says when the body is not
/// the relay's (a proxy's error page).
async fn refusal(response: web_sys::Response) -> RelayError {
    #[derive(Deserialize)]
    struct Inner {
        code: String,
        #[serde(default)]
        message: String,
    }
    #[derive(Deserialize)]
    struct Outer {
        error: Inner,
    }
    let status = response.status();
    let text = text_of(&response).await.unwrap_or_default();
    match serde_json::from_str::<Outer>(&text) {
        Ok(outer) => RelayError::Refused { code: outer.error.code, message: outer.error.message },
        Err(_) if status >= 500 || status == 0 => RelayError::Unreachable(format!("HTTP {status}")),
        Err(_) => RelayError::Protocol(format!("HTTP {status}")),
    }
}
