from salname.az.names import country_names, is_country_name


def test_country_names_in_azerbaijani_from_cldr():
    names = country_names()
    assert {"qazaxıstan", "azərbaycan", "türkiyə", "özbəkistan", "rusiya"} <= names
    assert is_country_name("Qazaxıstan") and is_country_name("QAZAXISTAN") and not is_country_name("Bakı")


def test_place_names_write_the_dotted_capital_i_of_azerbaijani():
    from salname.az.entities import PLACE_ALIASES

    # "İskəndəriyyə", "İsfahan": a name whose lower case starts with "i" starts with "İ", never the Latin "I"
    assert [v for k, v in PLACE_ALIASES.items() if k.startswith("i") and not v.startswith("İ")] == []
