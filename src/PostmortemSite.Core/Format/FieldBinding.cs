using PostmortemSite.Model;

namespace PostmortemSite.Format;

/// <summary>
/// How one front-matter field travels between YAML and the model: a typed accessor pair on the record that holds it
/// (a <see cref="Postmortem"/>, a <see cref="RootCause"/>, an <see cref="ActionItem"/>...). The reader and the emitter
/// walk the schema and call these, so a plain field is its schema entry and its record property, nothing else.
/// Values are read through <see cref="YamlFields"/>, so every diagnostic keeps its file, line and hint.
/// </summary>
internal abstract class FieldBinding
{
    /// <summary>The kind of field this binding reads and writes; the schema entry declares the same one.</summary>
    public abstract FieldKind Kind { get; }

    /// <summary>The owner with the field read from <paramref name="yaml"/>; the owner unchanged when the field is absent or invalid.</summary>
    /// <param name="found">False when the field is absent or invalid, so an entry without a required field can be left out.</param>
    public abstract object Read(object owner, YamlFields yaml, FrontMatterField field, FieldCheck? check, out bool found);

    public abstract void Write(object owner, FrontMatterEmitter yaml, FrontMatterField field);

    /// <summary>The field's value on <paramref name="owner"/>, for checks that compare or order values.</summary>
    public abstract object? Value(object owner);

    /// <summary>True when the nested fields are read and written through their own bindings (a section, a list of entries).</summary>
    public virtual bool WalksFields => false;

    /// <summary>Reads the fields of <paramref name="parent"/> into <paramref name="owner"/> in schema order.</summary>
    /// <param name="context">What the mapping is called in a warning about an unknown key.</param>
    /// <returns>The owner; <paramref name="complete"/> is false when a required field is missing.</returns>
    public static object ReadAll(object owner, YamlFields yaml, FrontMatterField parent, string context, FieldCheck? check, out bool complete)
    {
        yaml.WarnAboutUnknownKeys(parent.FieldNames, context);
        complete = true;
        foreach (var field in parent.Fields!)
        {
            owner = Of(field).Read(owner, yaml, field, check, out var found);
            complete &= found || !field.Required;
        }

        return owner;
    }

    public static void WriteAll(object owner, FrontMatterEmitter yaml, IReadOnlyList<FrontMatterField> fields)
    {
        foreach (var field in fields)
        {
            Of(field).Write(owner, yaml, field);
        }
    }

    /// <summary>The value as <paramref name="check"/> keeps it (the value itself without a check).</summary>
    protected static T? Checked<T>(FrontMatterField field, T value, YamlFields mapping, FieldCheck? check) =>
        check is null || value is null ? value : (T?)check(field, value, mapping);

    private static FieldBinding Of(FrontMatterField field) =>
        field.Binding ?? throw new InvalidOperationException($"the front-matter field '{field.Name}' has no binding in {nameof(FrontMatterSchema)}");
}

/// <summary>
/// The reader's own rule for a value the schema cannot state (a category in the taxonomy, timestamps in order), run as
/// the field is read, with the mapping that holds it for the diagnostic's place.
/// </summary>
/// <returns>The value to keep; null to leave the field unset.</returns>
internal delegate object? FieldCheck(FrontMatterField field, object value, YamlFields mapping);

/// <summary>The bindings a schema entry can have, for fields held by a <typeparamref name="T"/>.</summary>
internal static class Bind<T>
    where T : class
{
    public static FieldBinding Text(Func<T, string?> get, Func<T, string, T> set) =>
        new ValueBinding<T, string?>(FieldKind.Text, get, (o, v) => set(o, v!), (y, f) => y.String(f.Name, f.Required), (w, f, v) => w.Text(f.Name, v));

    public static FieldBinding Date(Func<T, DateOnly?> get, Func<T, DateOnly, T> set) =>
        new ValueBinding<T, DateOnly?>(FieldKind.Date, get, (o, v) => set(o, v!.Value), (y, f) => y.Date(f.Name, f.Required), (w, f, v) => w.Date(f.Name, v));

    public static FieldBinding Timestamp(Func<T, DateTimeOffset?> get, Func<T, DateTimeOffset, T> set) =>
        new ValueBinding<T, DateTimeOffset?>(FieldKind.Timestamp, get, (o, v) => set(o, v!.Value), (y, f) => y.Timestamp(f.Name), (w, f, v) => w.Timestamp(f.Name, v));

    /// <summary>Written with every digit the value has, so it reads back equal.</summary>
    public static FieldBinding Number(Func<T, double?> get, Func<T, double, T> set) =>
        new ValueBinding<T, double?>(FieldKind.Number, get, (o, v) => set(o, v!.Value), (y, f) => y.Number(f.Name), (w, f, v) => w.Number(f.Name, v));

    /// <param name="get">Return null for a value not worth writing (a false flag that defaults to false).</param>
    public static FieldBinding Boolean(Func<T, bool?> get, Func<T, bool, T> set) =>
        new ValueBinding<T, bool?>(FieldKind.Boolean, get, (o, v) => set(o, v!.Value), (y, f) => y.Bool(f.Name), (w, f, v) => w.Bool(f.Name, v));

    /// <summary>One value of a closed set spelt as <see cref="Vocabulary"/> spells it.</summary>
    /// <param name="ignoreUnknown">Warn and leave an unknown value out rather than fail the postmortem: for a field that only describes.</param>
    public static FieldBinding OneOf<TEnum>(Func<T, TEnum?> get, Func<T, TEnum, T> set, bool ignoreUnknown = false)
        where TEnum : struct, Enum =>
        new ValueBinding<T, TEnum?>(FieldKind.OneOf, get, (o, v) => set(o, v!.Value), (y, f) => y.OneOf<TEnum>(f.Name, ignoreUnknown),
            (w, f, v) => w.Text(f.Name, v is { } value ? Vocabulary.All<TEnum>().First(x => x.Value.Equals(value)).Name : null));

    /// <summary>One value of a closed set with its own spellings (the field's allowed values), outside <see cref="Vocabulary"/>.</summary>
    public static FieldBinding OneOf<TEnum>(Func<T, TEnum?> get, Func<T, TEnum, T> set, IReadOnlyList<(TEnum Value, string Name)> spellings)
        where TEnum : struct, Enum =>
        new ValueBinding<T, TEnum?>(FieldKind.OneOf, get, (o, v) => set(o, v!.Value),
            (y, f) => y.OneOf(f.Name, [.. spellings.Select(s => s.Name)], null) is { } name ? spellings.First(s => s.Name == name).Value : null,
            (w, f, v) => w.Text(f.Name, v is { } value ? spellings.First(s => s.Value.Equals(value)).Name : null));

    public static FieldBinding List(Func<T, IReadOnlyList<string>> get, Func<T, IReadOnlyList<string>, T> set) =>
        new ValueBinding<T, IReadOnlyList<string>>(FieldKind.List, get, set, (y, f) => y.StringList(f.Name), (w, f, v) => w.List(f.Name, v));

    /// <summary>A nested mapping whose fields are held by a <typeparamref name="TSection"/>; absent, the owner keeps the one it has.</summary>
    public static FieldBinding Section<TSection>(Func<T, TSection> get, Func<T, TSection, T> set)
        where TSection : class =>
        new SectionBinding<T, TSection>(get, set);

    /// <summary>A list of mappings, each read into a copy of <paramref name="blank"/>; an entry without a required field is left out.</summary>
    /// <param name="entryName">What one entry is called in a warning about an unknown key ("action item").</param>
    public static FieldBinding Entries<TEntry>(Func<T, IReadOnlyList<TEntry>> get, Func<T, IReadOnlyList<TEntry>, T> set, TEntry blank, string entryName)
        where TEntry : class =>
        new EntriesBinding<T, TEntry>(get, set, blank, entryName);

    /// <summary>A field the schema walk cannot express: it reads from and writes into its owner's mapping itself.</summary>
    public static FieldBinding Custom(FieldKind kind, Func<T, object?> get, Func<T, YamlFields, T> read, Action<T, FrontMatterEmitter> write) =>
        new CustomBinding<T>(kind, get, read, write);
}

file sealed class ValueBinding<TOwner, TValue>(
    FieldKind kind,
    Func<TOwner, TValue> get,
    Func<TOwner, TValue, TOwner> set,
    Func<YamlFields, FrontMatterField, TValue> read,
    Action<FrontMatterEmitter, FrontMatterField, TValue> write) : FieldBinding
    where TOwner : class
{
    public override FieldKind Kind => kind;

    public override object Read(object owner, YamlFields yaml, FrontMatterField field, FieldCheck? check, out bool found)
    {
        var value = Checked(field, read(yaml, field), yaml, check);
        found = value is not null;
        return found ? set((TOwner)owner, value!) : owner;
    }

    public override void Write(object owner, FrontMatterEmitter yaml, FrontMatterField field) => write(yaml, field, get((TOwner)owner));

    public override object? Value(object owner) => get((TOwner)owner);
}

file sealed class SectionBinding<TOwner, TSection>(Func<TOwner, TSection> get, Func<TOwner, TSection, TOwner> set) : FieldBinding
    where TOwner : class
    where TSection : class
{
    public override FieldKind Kind => FieldKind.Section;

    public override bool WalksFields => true;

    public override object Read(object owner, YamlFields yaml, FrontMatterField field, FieldCheck? check, out bool found)
    {
        if (yaml.Mapping(field.Name) is not { } section)
        {
            found = false;
            return owner;
        }

        found = true;
        var read = (TSection)ReadAll(get((TOwner)owner), section, field, field.Name, check, out _);
        return set((TOwner)owner, Checked(field, read, section, check)!);
    }

    public override void Write(object owner, FrontMatterEmitter yaml, FrontMatterField field)
    {
        var section = get((TOwner)owner);
        yaml.Section(field.Name, w => WriteAll(section, w, field.Fields!));
    }

    public override object? Value(object owner) => get((TOwner)owner);
}

file sealed class EntriesBinding<TOwner, TEntry>(Func<TOwner, IReadOnlyList<TEntry>> get, Func<TOwner, IReadOnlyList<TEntry>, TOwner> set, TEntry blank, string entryName) : FieldBinding
    where TOwner : class
    where TEntry : class
{
    public override FieldKind Kind => FieldKind.Entries;

    public override bool WalksFields => true;

    public override object Read(object owner, YamlFields yaml, FrontMatterField field, FieldCheck? check, out bool found)
    {
        var entries = new List<TEntry>();
        foreach (var mapping in yaml.MappingList(field.Name))
        {
            var entry = (TEntry)ReadAll(blank, mapping, field, entryName, check, out var complete);
            if (complete)
            {
                entries.Add(entry);
            }
        }

        found = true;
        return set((TOwner)owner, entries);
    }

    public override void Write(object owner, FrontMatterEmitter yaml, FrontMatterField field) =>
        yaml.Entries(field.Name, get((TOwner)owner), (w, entry) => WriteAll(entry, w, field.Fields!));

    public override object? Value(object owner) => get((TOwner)owner);
}

file sealed class CustomBinding<TOwner>(FieldKind kind, Func<TOwner, object?> get, Func<TOwner, YamlFields, TOwner> read, Action<TOwner, FrontMatterEmitter> write) : FieldBinding
    where TOwner : class
{
    public override FieldKind Kind => kind;

    public override object Read(object owner, YamlFields yaml, FrontMatterField field, FieldCheck? check, out bool found)
    {
        found = yaml.Has(field.Name);
        return read((TOwner)owner, yaml);
    }

    public override void Write(object owner, FrontMatterEmitter yaml, FrontMatterField field) => write((TOwner)owner, yaml);

    public override object? Value(object owner) => get((TOwner)owner);
}
