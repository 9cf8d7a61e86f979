"""``variants update|add --region-price REGION=CUR:AMOUNT``: a region's price, offline."""

from __future__ import annotations

from tests.cli.catalog_shop import Shop


def prices(cli: Shop, variant: str = "var_s") -> list[dict]:
    record = cli.detail("prod_mug").medusa
    return next(v["prices"] for v in record["variants"] if v["id"] == variant)


def test_a_region_price_is_set_beside_the_currency_price(cli: Shop) -> None:
    result = cli.json("variants", "update", "prod_mug", "MUG-S", "--price", "eur=30",
                      "--region-price", "Europe=eur:27")
    assert result.code == 0, result.out
    assert result.json["changed"] == ["prices"]
    assert prices(cli) == [{"currency_code": "eur", "amount": 30},
                           {"currency_code": "eur", "amount": 27, "region_id": "reg_eu"}]
    # A later currency price keeps the region's; the region's keeps the currency's.
    cli.json("variants", "update", "prod_mug", "MUG-S", "--price", "eur=31")
    cli.json("variants", "update", "prod_mug", "MUG-S", "--region-price", "europe=26")
    assert sorted((p["amount"], p.get("region_id")) for p in prices(cli)) == [
        (26, "reg_eu"), (31, None)]
    text = cli.run("variants", "list", "prod_mug").out.splitlines()
    assert "eur=31 Europe=eur:26" in text[2]


def test_a_region_price_is_removed_alone(cli: Shop) -> None:
    cli.json("variants", "update", "prod_mug", "MUG-S", "--region-price", "Europe=eur:27",
             "--region-price", "reg_na=usd:29")
    result = cli.json("variants", "update", "prod_mug", "MUG-S",
                      "--remove-region-price", "Europe")
    assert result.code == 0, result.out
    assert prices(cli) == [{"currency_code": "eur", "amount": 10},
                           {"currency_code": "usd", "amount": 29, "region_id": "reg_na"}]
    cli.json("variants", "update", "prod_mug", "MUG-S", "--remove-price", "eur")
    assert prices(cli) == [{"currency_code": "usd", "amount": 29, "region_id": "reg_na"}]


def test_an_unknown_region_or_another_currency_is_refused(cli: Shop) -> None:
    before = cli.catalog_state()
    unknown = cli.json("variants", "update", "prod_mug", "MUG-S", "--region-price",
                       "Mars=eur:27")
    assert unknown.code == 1 and unknown.json["error"]["field"] == "region"
    assert "No region Mars (see 'desktop-app regions list')." == \
        unknown.json["error"]["message"]
    other = cli.json("variants", "update", "prod_mug", "MUG-S", "--region-price",
                     "Europe=usd:27")
    assert other.json["error"]["message"] == "Europe sells in EUR, not USD."
    bad = cli.json("variants", "update", "prod_mug", "MUG-S", "--region-price", "Europe")
    assert bad.code == 2 and "is not REGION=CUR:AMOUNT" in bad.json["error"]["message"]
    twice = cli.json("variants", "update", "prod_mug", "MUG-S", "--region-price",
                     "Europe=27", "--region-price", "reg_eu=eur:28")
    assert twice.code == 2 and "twice" in twice.json["error"]["message"]
    assert cli.catalog_state() == before  # nothing recorded


def test_a_new_variant_takes_region_prices(cli: Shop) -> None:
    cli.json("options", "values", "prod_mug", "Size", "--add", "XL")
    result = cli.json("variants", "add", "prod_mug", "--option", "Size=XL", "--sku", "MUG-XL",
                      "--price", "eur=14", "--region-price", "Europe=eur:13")
    assert result.code == 0, result.out
    assert result.json["variant"]["prices"] == [
        {"currency_code": "eur", "amount": 14},
        {"currency_code": "eur", "amount": 13, "region_id": "reg_eu"}]


def test_regions_are_listed_with_their_currency(cli: Shop) -> None:
    result = cli.json("regions", "list")
    assert [(t["id"], t["name"], t["currency_code"]) for t in result.json["terms"]] == [
        ("reg_eu", "Europe", "eur"), ("reg_na", "North America", "usd")]
    text = cli.run("regions", "list").out.splitlines()
    assert text[0].split() == ["Id", "Name", "Currency"] and text[2].split()[-1] == "EUR"
