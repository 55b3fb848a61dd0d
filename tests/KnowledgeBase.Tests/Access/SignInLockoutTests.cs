using KnowledgeBase.Access;

namespace KnowledgeBase.Tests.Access;

public sealed class SignInLockoutTests
{
    private static readonly AccessOptions Options = new("users.json", MaxFailures: 5, Lockout: TimeSpan.FromMinutes(15), SecureCookies: true, OpenIdConnect: null);

    private sealed class Clock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 1, 1, 9, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;
    }

    [Theory]
    [InlineData(4, false)]
    [InlineData(5, true)]
    public void The_fifth_failure_in_a_row_locks_the_name(int failures, bool locked)
    {
        var lockout = new SignInLockout(Options, new Clock());

        for (var i = 0; i < failures; i++)
            lockout.Failed("aysel");

        Assert.Equal(locked, lockout.LockedUntil("aysel") is not null);
    }

    [Fact]
    public void A_lock_lasts_fifteen_minutes_and_then_counts_afresh()
    {
        var clock = new Clock();
        var lockout = new SignInLockout(Options, clock);
        for (var i = 0; i < 5; i++)
            lockout.Failed("aysel");

        clock.Now += TimeSpan.FromMinutes(14);
        Assert.NotNull(lockout.LockedUntil("aysel"));
        clock.Now += TimeSpan.FromMinutes(1);
        Assert.Null(lockout.LockedUntil("aysel"));
        lockout.Failed("aysel");
        Assert.Null(lockout.LockedUntil("aysel"));
    }

    [Fact]
    public void A_success_clears_the_count_and_names_are_counted_apart_without_regard_to_case()
    {
        var lockout = new SignInLockout(Options, new Clock());
        for (var i = 0; i < 4; i++)
            lockout.Failed("aysel");
        lockout.Succeeded("AYSEL");
        for (var i = 0; i < 4; i++)
            lockout.Failed("Aysel");
        for (var i = 0; i < 5; i++)
            lockout.Failed("orkhan");

        Assert.Null(lockout.LockedUntil("aysel"));
        Assert.NotNull(lockout.LockedUntil("ORKHAN"));
    }
}
