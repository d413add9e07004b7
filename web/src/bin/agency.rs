//! Entry point of the agency module: the pages an agency uses (see `inovda_web::modules`); a
//! secretariat page hands over to the full module (`src/main.rs`).

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(inovda_web::modules::AgencyApp);
}
