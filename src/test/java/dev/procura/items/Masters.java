package dev.procura.items;

import dev.procura.support.Api;
import dev.procura.support.Buying.Shop;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;

/** Units, conversions and items made through the API for the tests of this package. */
final class Masters {

    private Masters() {}

    static JsonObjectBuilder unitBody(String code, String dimension, int decimals) {
        return Json.createObjectBuilder()
                .add("code", code)
                .add("name", "Unit " + code)
                .add("dimension", dimension)
                .add("decimals", decimals);
    }

    static String unit(Shop shop, String code, String dimension, int decimals) {
        return Api.post(
                        shop.path("/units"),
                        shop.token(),
                        unitBody(code, dimension, decimals).build())
                .expect(201)
                .json()
                .getString("id");
    }

    static JsonObject conversionBody(String from, String to, String factor) {
        return Json.createObjectBuilder()
                .add("from_unit", from)
                .add("to_unit", to)
                .add("factor", new BigDecimal(factor))
                .build();
    }

    static String conversion(Shop shop, String from, String to, String factor) {
        return Api.post(shop.path("/unit-conversions"), shop.token(), conversionBody(from, to, factor))
                .expect(201)
                .json()
                .getString("id");
    }

    static JsonObjectBuilder itemBody(String code, String baseUnit) {
        return Json.createObjectBuilder()
                .add("code", code)
                .add("description", "Item " + code)
                .add("type", "purchased")
                .add("base_unit", baseUnit);
    }

    static JsonArrayBuilder conversions(String unit, String factor) {
        return Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("unit", unit).add("factor_to_base", new BigDecimal(factor)));
    }

    static String item(Shop shop, JsonObject body) {
        return Api.post(shop.path("/items"), shop.token(), body)
                .expect(201)
                .json()
                .getString("id");
    }

    /** A type list item_categories with the values given (codes). */
    static void categories(Shop shop, String... codes) {
        String list = Api.post(
                        shop.path("/type-lists"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("code", "item_categories")
                                .add("name", "Item categories")
                                .build())
                .expect(201)
                .json()
                .getString("id");
        for (String code : codes) {
            Api.post(
                            shop.path("/type-lists/" + list + "/values"),
                            shop.token(),
                            Json.createObjectBuilder()
                                    .add("code", code)
                                    .add("label", code)
                                    .build())
                    .expect(201);
        }
    }
}
