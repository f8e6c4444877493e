package io.lotkit.drill;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * The year's customer order lines: after each production run, most of what it makes is ordered over the next
 * weeks by the customers, in whole cases. Which lots fill an order is left to FEFO allocation.
 */
final class CustomerOrders {

    /**
     * One order line.
     *
     * @param number the order number
     * @param day the ship date, against which expiry and shelf life are judged
     * @param customer who ordered
     * @param product what
     * @param jars how many jars, in whole cases
     */
    record Order(String number, LocalDate day, Plant.Customer customer, Plant.Product product, int jars) {
    }

    private CustomerOrders() {
    }

    static List<Order> plan(int year, List<ProductionPlan.Run> runs, Random random) {
        List<Order> unnumbered = new ArrayList<>();
        for (ProductionPlan.Run run : runs) {
            int cases = run.jars() / Plant.CASE_SIZE * 92 / 100;
            int lines = 1 + random.nextInt(4);
            for (int i = 0; i < lines && cases > 0; i++) {
                int take = i == lines - 1 ? cases : Math.max(1, cases * (20 + random.nextInt(50)) / 100);
                cases -= take;
                LocalDate day = run.day().plusDays(1 + random.nextInt(30));
                Plant.Customer customer = Plant.CUSTOMERS.get(random.nextInt(Plant.CUSTOMERS.size()));
                if (day.getYear() == year) {
                    unnumbered.add(new Order("", day, customer, run.product(), take * Plant.CASE_SIZE));
                }
            }
        }
        // Orders are numbered in ship-date order, as the sales office would have entered them.
        unnumbered.sort(Comparator.comparing(Order::day));
        List<Order> orders = new ArrayList<>(unnumbered.size());
        for (Order order : unnumbered) {
            orders.add(new Order("SO-%d-%06d".formatted(year, orders.size() + 1), order.day(), order.customer(),
                    order.product(), order.jars()));
        }
        return orders;
    }
}
