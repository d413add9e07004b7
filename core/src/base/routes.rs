//! The app's wasm modules and the routes each serves (`web/modules.json`), with the one matching
//! rule that the web app, the boot script (`tools/boot.mjs`, the same rule in JavaScript) and
//! the relay's static host apply.

use std::collections::BTreeMap;

use serde::Deserialize;

/// `web/modules.json`: route groups by name, and the modules in the order the boot script tries
/// them (the first is the small one a first visit runs).
#[derive(Debug, Clone, Default, Deserialize)]
pub struct ModuleTable {
    pub routes: BTreeMap<String, Vec<String>>,
    pub modules: Vec<ModuleEntry>,
}

/// One wasm entry module.
#[derive(Debug, Clone, Deserialize)]
pub struct ModuleEntry {
    pub name: String,
    /// The Cargo binary built for it (its built files start with this name).
    pub bin: String,
    /// Route groups (keys of [`ModuleTable::routes`]) it serves.
    pub serves: Vec<String>,
    /// Roles whose devices keep it offline and prefer it.
    pub roles: Vec<String>,
}

impl ModuleTable {
    /// Reads the table; `None` if the text is not one.
    pub fn parse(json: &str) -> Option<Self> {
        serde_json::from_str(json).ok()
    }

    fn entry(&self, name: &str) -> Option<&ModuleEntry> {
        self.modules.iter().find(|module| module.name == name)
    }

    /// Whether module `name` serves `path`.
    pub fn serves(&self, name: &str, path: &str) -> bool {
        self.entry(name).is_some_and(|module| {
            module
                .serves
                .iter()
                .filter_map(|group| self.routes.get(group))
                .flatten()
                .any(|pattern| route_matches(pattern, path))
        })
    }

    /// Whether any module serves `path`.
    pub fn known(&self, path: &str) -> bool {
        self.modules.iter().any(|module| self.serves(&module.name, path))
    }

    /// The module the boot script starts for `path` on a device of `role`: the first serving it
    /// that the role keeps, else the first serving it, else the first of all (the smallest,
    /// whose "not found" page answers).
    pub fn module_for(&self, path: &str, role: &str) -> Option<&ModuleEntry> {
        let serving = || self.modules.iter().filter(|m| self.serves(&m.name, path));
        serving()
            .find(|module| module.roles.iter().any(|r| r == role))
            .or_else(|| serving().next())
            .or_else(|| self.modules.first())
    }
}

/// Whether `path` matches `pattern`: same segment count, each `:name` segment matching any
/// non-empty segment and every other segment matching exactly. A trailing slash is ignored.
pub fn route_matches(pattern: &str, path: &str) -> bool {
    let wanted: Vec<&str> = pattern.trim_end_matches('/').split('/').collect();
    let given: Vec<&str> = path.trim_end_matches('/').split('/').collect();
    wanted.len() == given.len()
        && wanted
            .iter()
            .zip(&given)
            .all(|(w, g)| if w.starts_with(':') { !g.is_empty() } else { w == g })
}

#[cfg(test)]
mod tests {
    use super::*;

    const TABLE: &str = r#"{
      "routes": { "home": ["/"], "agency": ["/inovasi/:id", "/pengaturan"], "secretariat": ["/dasbor"] },
      "modules": [
        { "name": "home", "bin": "inovda-home", "serves": ["home"], "roles": ["agency", "secretariat"] },
        { "name": "agency", "bin": "inovda-agency", "serves": ["home", "agency"], "roles": ["agency"] },
        { "name": "full", "bin": "inovda-web", "serves": ["home", "agency", "secretariat"], "roles": ["secretariat"] }
      ]
    }"#;

    #[test]
    fn each_address_starts_the_module_of_the_devices_role() {
        let table = ModuleTable::parse(TABLE).expect("table");
        // (address, role, module started)
        let cases = [
            ("/", "agency", "home"),
            ("/", "secretariat", "home"),
            ("/inovasi/abc", "agency", "agency"),
            ("/inovasi/abc/", "agency", "agency"),
            ("/inovasi/abc", "secretariat", "full"),
            ("/dasbor", "agency", "full"),
            ("/dasbor", "secretariat", "full"),
            ("/tidak-ada", "agency", "home"),
            ("/inovasi/abc/x", "secretariat", "home"),
        ];
        for (path, role, module) in cases {
            assert_eq!(
                table.module_for(path, role).map(|m| m.name.as_str()),
                Some(module),
                "{path} {role}"
            );
        }
        assert!(table.known("/pengaturan") && !table.known("/inovasi"));
    }

    #[test]
    fn patterns_match_segment_by_segment() {
        // (pattern, path, matches)
        let cases = [
            ("/inovasi/:id", "/inovasi/42", true),
            ("/inovasi/:id", "/inovasi/42/", true),
            ("/inovasi/:id", "/inovasi/", false),
            ("/inovasi/:id", "/inovasi/42/cetak", false),
            ("/", "", true),
            ("/", "/", true),
            ("/dasbor", "/Dasbor", false),
        ];
        for (pattern, path, expected) in cases {
            assert_eq!(route_matches(pattern, path), expected, "{pattern} {path}");
        }
    }

    #[test]
    fn a_malformed_table_is_none() {
        assert!(ModuleTable::parse("{").is_none());
        assert!(ModuleTable::parse(r#"{"routes": {}}"#).is_none());
    }
}
