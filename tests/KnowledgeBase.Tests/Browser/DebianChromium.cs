using Microsoft.Playwright;

namespace KnowledgeBase.Tests.Browser;

/// <summary>The Chromium of Debian's package, which the browser tests drive: Playwright cannot download its own browser here.</summary>
public static class DebianChromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    /// <summary>The one way to leave the browser tests out, reported as skipped with <see cref="SkipReason"/>; never set by <c>.ci/run</c>.</summary>
    public const string SkipVariable = "KB_SKIP_BROWSER";

    public const string InstallHint = "install it with `apt-get install -y chromium` (as root: Debian's package)";

    /// <summary>Why the browser tests are skipped on this run; null when they run.</summary>
    public static string? SkipReason =>
        Environment.GetEnvironmentVariable(SkipVariable) == "1"
            ? $"{SkipVariable}=1: browser tests skipped. To run them, unset it; if Chromium is missing, {InstallHint}."
            : null;

    /// <summary>Headless, and quiet: no GPU, no QUIC, no first-run pages, no background calls to Google's services.</summary>
    public static BrowserTypeLaunchOptions LaunchOptions => new()
    {
        ExecutablePath = ExecutablePath,
        Headless = true,
        Args =
        [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
        ],
    };

    /// <summary>Fails, saying how to install it, when the browser is not there: a missing browser is never a silent pass.</summary>
    public static void EnsureInstalled()
    {
        if (!File.Exists(ExecutablePath))
            throw new InvalidOperationException(
                $"The browser tests need Chromium at {ExecutablePath}, which is missing: {InstallHint} " +
                $"(.ci/run does it for you), or set {SkipVariable}=1 to report these tests as skipped.");
    }
}
