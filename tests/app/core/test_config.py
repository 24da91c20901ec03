"""Settings: secrets never show in a repr, a log line or an error (issue 17)."""
from app.core.config import Settings


def test_secrets_are_hidden_in_the_settings_repr_and_read_only_on_purpose(tmp_path):
    settings = Settings(_env_file=None, data_dir=tmp_path, admin_api_key="k" * 32, llm_api_key="sk-live-123",
                        SLACK_BOT_TOKEN="xoxb-456", SLACK_SIGNING_SECRET="shh-789", SLACK_APP_TOKEN="xapp-000")
    shown = repr(settings) + str(settings.model_dump())
    for secret in ("k" * 32, "sk-live-123", "xoxb-456", "shh-789", "xapp-000"):
        assert secret not in shown
    assert settings.llm_api_key.get_secret_value() == "sk-live-123"
