//! Entry point of the web app: installs the panic hook and mounts [`inovda_web::App`].

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(inovda_web::App);
}
