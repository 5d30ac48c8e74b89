from salname.az.names import country_names, is_country_name


def test_country_names_in_azerbaijani_from_cldr():
    names = country_names()
    assert {"qazaxıstan", "azərbaycan", "türkiyə", "özbəkistan", "rusiya"} <= names
    assert is_country_name("Qazaxıstan") and is_country_name("QAZAXISTAN") and not is_country_name("Bakı")
