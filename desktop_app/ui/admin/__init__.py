"""The Sync and Doctor panels: Qt views over ``desktop_app.services.admin.AdminService``."""
