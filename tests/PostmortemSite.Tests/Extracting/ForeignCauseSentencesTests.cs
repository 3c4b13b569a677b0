using PostmortemSite.Extracting;
using PostmortemSite.Reading;

namespace PostmortemSite.Tests.Extracting;

/// <summary>
/// A sentence that says what the cause was weighs most wherever it stands, in the languages the importer reads
/// besides English: "原因是...", "La causa raíz fue ...", "causée par", "Die Ursache war ...".
/// </summary>
public sealed class ForeignCauseSentencesTests
{
    private static readonly PostmortemExtractor Extractor = new(TaxonomyReader.Default);

    private static string Category(string text) => Extractor.Extract("incident.md", text).Postmortem.Classification.Category;

    [Theory]
    [InlineData("# 服务器宕机通知\n\n日期：2024-01-10\n\n以下服务受影响：防污染 DNS，DNS 缓存需要刷新，权威DNS 不受影响。\n\n初步的调查结果显示，此次宕机事件原因是一块年代久远的硬盘损坏。\n", "hardware/failure")]
    [InlineData("# 服务器宕机通知\n\n日期：2024-01-10\n\n初步的调查结果显示，此次宕机事件原因是一块年代久远的硬盘损坏。\n", "hardware/failure")]
    [InlineData("# Caída del servicio\n\nFecha: 2024-01-10\n\nLos usuarios veían errores de DNS. El DNS no respondía y el DNS interno tampoco.\n\nLa causa raíz fue un certificado vencido en el balanceador.\n", "security/certificate-expiry")]
    [InlineData("# Panne du service\n\nDate : 2024-01-10\n\nLes utilisateurs voyaient des erreurs DNS. Le DNS ne répondait pas, le DNS interne non plus.\n\nLa panne a été causée par un certificat expiré sur le répartiteur.\n", "security/certificate-expiry")]
    [InlineData("# Störung\n\nDatum: 2024-01-10\n\nNutzer sahen DNS-Fehler. Der DNS antwortete nicht, der interne DNS auch nicht.\n\nDie Ursache war ein abgelaufenes Zertifikat auf dem Webserver.\n", "security/certificate-expiry")]
    public void A_sentence_naming_the_cause_in_another_language_outweighs_words_repeated_elsewhere(string text, string expected)
    {
        Assert.Equal(expected, Category(text));
    }

    [Fact]
    public void A_capital_on_a_german_noun_does_not_make_a_cause_word_a_product_name()
    {
        const string text = "# Störung\n\nDatum: 2024-01-10\n\nDer DNS antwortete langsam.\n\n## Ursache\n\nEin abgelaufenes Zertifikat auf dem Webserver.\n";

        Assert.Equal("security/certificate-expiry", Category(text));
    }

    [Theory]
    [InlineData("# Quebra de build\n\nData: 2019-11-14\n\nO build quebrou. A dona da app regerou a própria chave de API, trancando o acesso da integração. Criamos uma nova chave de API.\n")]
    [InlineData("# Fallo del build\n\nFecha: 2019-11-14\n\nEl build falló. La clave SSH había caducado y el servidor rechazaba la conexión. Renovamos la clave SSH.\n")]
    [InlineData("# Build-Fehler\n\nDatum: 2019-11-14\n\nDer Build schlug fehl. Der API-Schlüssel war neu erzeugt worden und der alte API-Schlüssel ungültig.\n")]
    public void A_key_named_in_another_language_is_a_credential(string text)
    {
        Assert.Equal("security/credentials", Category(text));
    }

    [Theory]
    [InlineData("# Caída\n\nFecha: 2024-01-10\n\nMuchos clientes no podían entrar debido a errores de contraseña mostrados por la aplicación.\n\n## Causa\n\nUn disco lleno en el servidor de base de datos.\n", "capacity/resource-exhaustion")]
    [InlineData("# 故障\n\n日期：2024-01-10\n\n由于用户密码错误次数过多，大量账户被锁定。\n\n## 根本原因\n\n数据库出现死锁。\n", "database/locking")]
    [InlineData("# Störung\n\nDatum: 2024-01-10\n\n## Ursache\n\nFestplatte voll auf dem Datenbankserver.\n\n## Maßnahmen\n\nAufgrund des Vorfalls haben wir die Konfiguration der Log-Rotation geändert.\n", "capacity/resource-exhaustion")]
    public void Words_for_due_to_in_another_language_open_symptoms_and_fixes_as_often_as_causes_and_weigh_as_any_text(string text, string expected)
    {
        Assert.Equal(expected, Category(text));
    }

    [Fact]
    public void A_dutch_certificate_named_as_the_cause_is_read_as_an_english_one_is()
    {
        const string text = "# Storing\n\nDatum: 2024-01-10\n\nDe load balancer gaf fouten.\n\nDe storing werd veroorzaakt door een verlopen certificaat.\n";

        Assert.Equal("security/certificate-expiry", Category(text));
    }

    [Fact]
    public void An_old_script_said_to_have_aged_in_chinese_is_no_hardware_failure()
    {
        const string text = "# 告警失效\n\n日期：2024-01-10\n\n旧的监控脚本已经老化，告警没有发出。\n";

        Assert.NotEqual("hardware/failure", Category(text));
    }

    [Theory]
    [InlineData("Les workers sont restés bloqués dans une boucle infinie.")]
    [InlineData("Die Worker hingen in einer Endlosschleife fest.")]
    [InlineData("ワーカーが無限ループに陥りました。")]
    public void An_infinite_loop_named_in_another_language_is_a_bug(string sentence)
    {
        Assert.Equal("software/bug", Category($"# Incident\n\n**Date:** 2022-05-23\n\n{sentence}\n"));
    }
}
