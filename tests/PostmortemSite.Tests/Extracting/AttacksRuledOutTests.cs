using PostmortemSite.Extracting;
using PostmortemSite.Reading;

namespace PostmortemSite.Tests.Extracting;

/// <summary>
/// An attack the text rules out ("there was no intrusion", "No hubo ninguna intrusión", "不正アクセスはありませんでした")
/// is no evidence of a security cause; the fault the text does tell decides. An attack that happened still counts,
/// in English and in other languages.
/// </summary>
public sealed class AttacksRuledOutTests
{
    private static readonly PostmortemExtractor Extractor = new(TaxonomyReader.Default);

    private static string Category(string title, string body) =>
        Extractor.Extract("outage.md", $"# {title}\n\n**Date:** 2024-03-05\n\n{body}\n").Postmortem.Classification.Category;

    [Theory]
    [InlineData("The disk on the primary database filled up with logs. There is no evidence of unauthorized access, and there was no intrusion.")]
    [InlineData("The disk on the primary database filled up with logs. No malware was found on the host, and the server was not hacked.")]
    [InlineData("El disco del servidor de base de datos se llenó (disco lleno). No hubo ninguna intrusión ni acceso no autorizado.")]
    [InlineData("Le disque de la base de données était plein (disk full). Aucune trace d'intrusion, pas d'accès non autorisé.")]
    [InlineData("Die Festplatte der Datenbank war voll (disk full). Der Server wurde nicht gehackt.")]
    [InlineData("数据库磁盘空间不足。服务器并未被黑，也没有发现任何入侵。")]
    [InlineData("データベースのディスクがいっぱいになりました（ディスク容量不足）。不正アクセスはありませんでした。侵入の形跡は確認されていません。")]
    public void An_attack_the_text_rules_out_is_not_the_cause(string body)
    {
        Assert.Equal("capacity/resource-exhaustion", Category("Database outage", body));
    }

    [Theory]
    [InlineData("An intruder gained access to the build server through a leaked SSH key. We did not notice the intrusion for four hours.")]
    [InlineData("Un atacante obtuvo la contraseña de un administrador. La intrusión se detectó cuatro horas después.")]
    [InlineData("攻撃者が管理者のパスワードを入手し、サーバに侵入しました。侵入に気づかなかったのは監視の不足です。")]
    [InlineData("攻击者利用泄露的密码登录服务器，入侵持续了四个小时。")]
    public void An_attack_that_happened_is_still_a_security_cause(string body)
    {
        Assert.Equal("security/credentials", Category("Build server breach", body));
    }

    [Fact]
    public void A_denial_that_names_a_safeguard_leaves_the_attack_as_evidence()
    {
        var body = "From 19:02 to 19:48 the login API was unavailable. A botnet sent up to 2 million requests per second at the login endpoint. "
            + "The dashboard showed no sign of DDoS protection engaging, because the hostname was left out of the protected zone.";

        Assert.Equal("capacity/traffic-spike", Category("Login API unavailable", body));
    }

    [Fact]
    public void A_denial_for_only_part_of_the_time_leaves_the_attack_as_evidence()
    {
        var body = "A contractor's VPN account was never disabled. The VPN logs show no evidence of unauthorized access before June 3; "
            + "from June 3 to June 12 someone used the account to read 1,300 wiki pages.";

        Assert.Equal("security/credentials", Category("VPN account misused", body));
    }
}
